package fi.osaamo.dashboard;

/**
 * Which step of a talent search answered: the talents page says how far the search had to
 * relax.
 */
public enum TalentSearchStep {

	/** No keyword: every visible talent, those who opted in last first. */
	BROWSE,
	/** The keyword named no skill. */
	NO_SKILL,
	/** The skills at the level asked. */
	STRICT,
	/** Related skills too, at the level asked. */
	RELATED,
	/** Related skills too, at any level. */
	ANY_LEVEL

}
