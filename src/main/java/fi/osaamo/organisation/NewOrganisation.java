package fi.osaamo.organisation;

import org.jspecify.annotations.Nullable;

/**
 * An organisation to be created.
 *
 * @param type its kind
 * @param name its name
 * @param businessId its business ID; required for companies
 * @param municipalityCode its home municipality code
 * @param industryCode its TOL 2008 industry code
 */
public record NewOrganisation(OrganisationType type, String name, @Nullable BusinessId businessId,
		@Nullable String municipalityCode, @Nullable String industryCode) {
}
