package fi.osaamo.organisation;

import java.util.EnumSet;
import java.util.Set;

import fi.osaamo.platform.InvalidInputException;

/**
 * The kinds of organisation, and the roles a person may hold in each. Only companies
 * carry a business ID. An organisation's administrator ({@link Role#ADMIN}) exists in
 * every kind; in the platform operator it is the platform's administrator, the only role
 * there.
 */
public enum OrganisationType {

	COMPANY(EnumSet.of(Role.EMPLOYEE, Role.HR, Role.COMPANY_REP, Role.WORKPLACE_INSTRUCTOR, Role.BOT_OWNER,
			Role.ADMIN)),

	CITY(EnumSet.of(Role.EMPLOYEE, Role.GROWTH_TEAM, Role.EVALUATOR, Role.BOT_OWNER, Role.ADMIN)),

	SCHOOL(EnumSet.of(Role.EMPLOYEE, Role.SCHOOL_STAFF, Role.BOT_OWNER, Role.ADMIN)),

	PLATFORM(EnumSet.of(Role.ADMIN));

	private final Set<Role> roles;

	OrganisationType(Set<Role> roles) {
		this.roles = roles;
	}

	/**
	 * The roles a person may hold in an organisation of this kind, in the order of
	 * {@link Role}.
	 * @return the roles
	 */
	public Set<Role> roles() {
		return EnumSet.copyOf(roles);
	}

	/**
	 * Whether a role fits an organisation of this kind.
	 * @param role the role
	 * @return whether a person may hold it here
	 */
	public boolean allows(Role role) {
		return roles.contains(role);
	}

	/** Refuses a role that does not fit an organisation of this kind. */
	void checkAllows(Role role) {
		if (!allows(role)) {
			throw new InvalidInputException("role", "validation.role.notForType");
		}
	}

}
