package fi.osaamo.organisation;

import org.jspecify.annotations.Nullable;

/**
 * An organisation in the JSON API.
 *
 * @param id its id
 * @param type its kind
 * @param name its name
 * @param businessId its business ID
 * @param municipalityCode its municipality code
 * @param industryCode its TOL 2008 code
 */
record OrganisationJson(String id, OrganisationType type, String name, @Nullable String businessId,
		@Nullable String municipalityCode, @Nullable String industryCode) {

	static OrganisationJson of(Organisation organisation) {
		return new OrganisationJson(organisation.id().toString(), organisation.type(), organisation.name(),
				organisation.businessId() == null ? null : organisation.businessId().value(),
				organisation.municipalityCode(), organisation.industryCode());
	}

}
