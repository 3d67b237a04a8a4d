package fi.osaamo.dashboard;

import java.util.UUID;
import java.util.function.Function;

import fi.osaamo.companies.RegisteredCompany;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The form that adds or edits a contact person of a company.
 *
 * @param company the company
 * @param person the person edited, or {@code null} for a new one
 * @param version the version of the person the user saw
 * @param form the form, as typed
 * @param error what was wrong with the last save
 */
public record ContactPersonPage(RegisteredCompany company, @Nullable UUID person, int version, ContactPersonForm form,
		@Nullable InvalidInputException error) {

	public boolean editing() {
		return person != null;
	}

	public String action() {
		return "/dashboard/companies/" + company.businessId() + "/persons" + (person == null ? "" : "/" + person);
	}

	public String back() {
		return "/dashboard/companies/" + company.businessId() + "#contact-persons";
	}

	public boolean errorOn(String field) {
		return error != null && error.on(field).isPresent();
	}

	/**
	 * Where the error summary's links lead: a problem of the whole form to its button.
	 * @return the element's id by field
	 */
	public Function<String, String> anchor() {
		return field -> switch (field) {
			case "version" -> "save-person";
			case "confirm" -> "confirm-remove";
			default -> field;
		};
	}

}
