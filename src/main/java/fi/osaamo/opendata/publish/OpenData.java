package fi.osaamo.opendata.publish;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.osaamo.companies.CompanyRegister;
import fi.osaamo.companies.RegisterEntry;
import fi.osaamo.companies.RegisteredCompany;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Reads the companies the open API publishes from the register of {@code companies}:
 * registry data only.
 */
@Repository
class OpenData {

	private final CompanyRegister register;

	OpenData(CompanyRegister register) {
		this.register = register;
	}

	List<Map<String, Object>> companies(@Nullable String after, @Nullable String municipality, int limit) {
		return register.entries(after, municipality, limit).stream().map(OpenData::company).toList();
	}

	java.util.Optional<Map<String, Object>> company(String businessId) {
		return register.entry(businessId).map(OpenData::company);
	}

	private static Map<String, Object> company(RegisterEntry entry) {
		var registered = entry.company();
		var company = identity(entry);
		putAddress(company, registered);
		company.put("registrationDate", string(registered.registrationDate()));
		company.put("endDate", string(registered.endDate()));
		company.put("status", entry.status());
		company.put("source", "PRH / YTJ open data (CC BY 4.0)");
		return company;
	}

	/** Who the company is: its business ID, names, form and main business line. */
	private static Map<String, Object> identity(RegisterEntry entry) {
		var registered = entry.company();
		var company = new LinkedHashMap<String, Object>();
		company.put("businessId", registered.businessId());
		company.put("name", registered.name());
		company.put("names", entry.names());
		company.put("companyForm", registered.companyForm());
		company.put("companyFormNames", entry.companyFormNames());
		company.put("mainBusinessLine", registered.industryCode());
		company.put("mainBusinessLineNames", entry.industryNames());
		return company;
	}

	private static void putAddress(Map<String, Object> company, RegisteredCompany registered) {
		company.put("municipality", registered.municipalityCode());
		company.put("streetAddress", registered.streetAddress());
		company.put("postCode", registered.postCode());
		company.put("postOffice", registered.postOffice());
		company.put("website", registered.website());
	}

	private static @Nullable String string(@Nullable LocalDate date) {
		return date == null ? null : date.toString();
	}

}
