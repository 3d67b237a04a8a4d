package fi.osaamo.organisation;

/**
 * The kinds of organisation. Only companies carry a business ID.
 */
public enum OrganisationType {

	COMPANY, CITY, SCHOOL, PLATFORM

}
