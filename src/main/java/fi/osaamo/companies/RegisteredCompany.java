package fi.osaamo.companies;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A company as the trade register (PRH / YTJ open data) gives it.
 *
 * @param businessId its business ID
 * @param name its current name
 * @param companyForm its form's code
 * @param industryCode its main line of business (TOL 2008)
 * @param municipalityCode its home municipality
 * @param streetAddress its street address
 * @param postCode its post code
 * @param postOffice its post office
 * @param website its web site
 * @param registrationDate when it was registered
 * @param endDate when it ended, if it has
 */
public record RegisteredCompany(String businessId, String name, @Nullable String companyForm,
		@Nullable String industryCode, @Nullable String municipalityCode, @Nullable String streetAddress,
		@Nullable String postCode, @Nullable String postOffice, @Nullable String website,
		@Nullable LocalDate registrationDate, @Nullable LocalDate endDate) {

	public boolean active() {
		return endDate == null;
	}

}
