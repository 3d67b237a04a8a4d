package fi.osaamo.companies;

/**
 * Where a contact person's details came from.
 */
public enum ContactSource {

	/** A team member entered them. */
	TEAM,

	/** The company or the person gave them. */
	COMPANY,

	/** The company's own website. */
	WEBSITE,

	/** A public register. */
	REGISTER,

	/** The needs-mapping bot. */
	BOT

}
