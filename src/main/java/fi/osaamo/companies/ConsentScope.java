package fi.osaamo.companies;

/**
 * What a contact person agreed to be contacted for.
 */
public enum ConsentScope {

	/** Contact by the growth team. */
	TEAM_CONTACT,

	/** Outreach by the needs-mapping bot. */
	BOT_OUTREACH

}
