package fi.osaamo.organisation;

/**
 * A role a person holds in an organisation.
 *
 * @param organisationId the organisation
 * @param organisationName its name
 * @param organisationType its kind
 * @param role the role
 */
public record Membership(OrganisationId organisationId, String organisationName, OrganisationType organisationType,
		Role role) {

	public boolean isPlatformAdmin() {
		return organisationType == OrganisationType.PLATFORM && role == Role.ADMIN;
	}

}
