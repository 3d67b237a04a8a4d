package fi.osaamo.matching;

/**
 * The automated features of matching, as the AI register lists them (EU AI Act Annex III
 * point 4: job matching and task allocation are high-risk).
 */
public enum AutomatedFeature {

	/** The explained comparison of a person with a job task. */
	GAP_COMPARISON,
	/** Job tasks ranked for a person. */
	JOB_RANKING,
	/** People who share their skills ranked for a company's job task. */
	CANDIDATE_RANKING,
	/** Studies chosen to close a gap. */
	STUDY_PATH,
	/** Skills proposed from free text. */
	SKILL_EXTRACTION,
	/**
	 * Open job tasks suggested for employees who share their skills, for HR to decide.
	 */
	TASK_ALLOCATION;

	/**
	 * Whether people use the feature in their professional role (HR, the growth team), so
	 * the register names them as colleagues know them; people who use a feature for
	 * themselves stay pseudonymous.
	 * @return true for features used at work on others' data
	 */
	public boolean usedAtWork() {
		return this == CANDIDATE_RANKING || this == SKILL_EXTRACTION || this == TASK_ALLOCATION;
	}

}
