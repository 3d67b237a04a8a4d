package fi.osaamo.opendata.sources;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import fi.osaamo.companies.RegisterEntry.Name;
import org.jspecify.annotations.Nullable;

/**
 * A company as PRH's register gives it, as {@link PrhCompanies} stores it.
 */
record PrhCompany(String businessId, String name, List<Name> names, @Nullable String companyForm,
		Map<String, String> companyFormNames, @Nullable String industryCode, Map<String, String> industryNames,
		@Nullable String municipalityCode, @Nullable String streetAddress, @Nullable String postCode,
		@Nullable String postOffice, @Nullable String website, @Nullable LocalDate registrationDate,
		@Nullable LocalDate endDate, @Nullable String status, @Nullable String lastModified,
		List<String> municipalities) {

	private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

	/**
	 * When the register last changed a company: PRH gives local Finnish time without an
	 * offset.
	 */
	static @Nullable OffsetDateTime modified(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException withoutOffset) {
			return local(text);
		}
	}

	private static @Nullable OffsetDateTime local(String text) {
		try {
			return LocalDateTime.parse(text).atZone(HELSINKI).toOffsetDateTime();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
