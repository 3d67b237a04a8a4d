package fi.osaamo.organisation;

/**
 * What a person does in an organisation. A person may hold several roles in several
 * organisations, or none at all (a job seeker).
 */
public enum Role {

	EMPLOYEE, HR, GROWTH_TEAM, SCHOOL_STAFF, WORKPLACE_INSTRUCTOR, COMPANY_REP, BOT_OWNER, EVALUATOR, ADMIN;

	/**
	 * Whether the role is one a person acts in for others (every role but employee):
	 * colleagues and counterparts see them then by their work name, not by a pseudonym.
	 * @return true for a professional role
	 */
	public boolean professional() {
		return this != EMPLOYEE;
	}

}
