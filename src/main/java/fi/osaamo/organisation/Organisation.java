package fi.osaamo.organisation;

import org.jspecify.annotations.Nullable;

/**
 * An organisation as other modules see it.
 *
 * @param id its id
 * @param type its kind
 * @param name its name
 * @param businessId its business ID, for companies
 * @param municipalityCode its home municipality (Statistics Finland code)
 * @param industryCode its main line of business (TOL 2008 division or sub-class)
 * @param primaryColour its brand colour, {@code #rrggbb}
 * @param hasLogo whether it has a logo
 * @param version the version for optimistic locking
 */
public record Organisation(OrganisationId id, OrganisationType type, String name, @Nullable BusinessId businessId,
		@Nullable String municipalityCode, @Nullable String industryCode, @Nullable String primaryColour,
		boolean hasLogo, int version) {
}
