package fi.osaamo.organisation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The form, and JSON body, that creates an organisation.
 *
 * @param type its kind
 * @param name its name
 * @param businessId its business ID, required for companies
 * @param municipalityCode its municipality code, three digits
 * @param industryCode its TOL 2008 code
 */
public record OrganisationForm(@NotNull @Nullable OrganisationType type,
		@NotNull @Size(min = 1, max = OrganisationChecks.MAX_NAME) @Nullable String name,
		@Size(max = 20) @Nullable String businessId, @Size(max = 3) @Nullable String municipalityCode,
		@Size(max = 5) @Nullable String industryCode) {

	static OrganisationForm empty() {
		return new OrganisationForm(OrganisationType.COMPANY, "", "", "", "");
	}

	NewOrganisation toNewOrganisation() {
		return new NewOrganisation(type == null ? OrganisationType.COMPANY : type, name == null ? "" : name,
				businessId == null || businessId.isBlank() ? null : BusinessId.parse(businessId),
				blankToNull(municipalityCode), blankToNull(industryCode));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
