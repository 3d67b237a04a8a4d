package fi.osaamo.dashboard;

import java.util.UUID;
import java.util.function.Function;

import fi.osaamo.companies.RegisteredCompany;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The form that corrects one of a company's records: a contact-log entry or a need.
 *
 * @param <F> the form
 * @param company the company
 * @param id the record
 * @param version the version of the record the user saw
 * @param form the form, as typed
 * @param error what was wrong with the last save
 */
public record RecordEditPage<F>(RegisteredCompany company, UUID id, int version, F form,
		@Nullable InvalidInputException error) {

	public String back(String anchor) {
		return "/dashboard/companies/" + company.businessId() + "#" + anchor;
	}

	public String action(String records) {
		return "/dashboard/companies/" + company.businessId() + "/" + records + "/" + id;
	}

	public boolean errorOn(String field) {
		return error != null && error.on(field).isPresent();
	}

	public @Nullable String describedBy(String field) {
		return errorOn(field) ? field + "-error" : null;
	}

	/**
	 * Where the error summary's links lead: a stale version to the save button.
	 * @return the element's id by field
	 */
	public Function<String, String> anchor() {
		return field -> field.equals("version") ? "save-record" : field;
	}

}
