package fi.osaamo.competence;

import java.time.LocalDate;
import java.util.List;

import fi.osaamo.organisation.Membership;
import fi.osaamo.organisation.Organisation;
import fi.osaamo.organisation.OrganisationId;
import java.util.Map;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The page where a person chooses what each of their companies may see.
 *
 * @param companies the companies the person belongs to
 * @param grants what is shared now
 * @param today today, for the expiry field's minimum
 * @param error what was wrong with the last change
 * @param hasMapping whether the person has started a mapping
 * @param cities the cities whose growth team the person may open their mapping to
 * @param visibility the person's opt-in to a city, if in force
 * @param requests contact requests from growth teams, newest first
 * @param cityNames the names of cities by id
 * @param formerOrganisations organisations the person granted something and no longer
 * belongs to, with their names
 * @param companyForm the sharing with a company the person tried to save, when the error
 * is about it rather than the city
 */
public record SharingPage(List<Membership> companies, List<Grant> grants, LocalDate today,
		@Nullable InvalidInputException error, boolean hasMapping, CityOptInSection city, List<ContactRequest> requests,
		Map<OrganisationId, String> cityNames, Map<OrganisationId, String> formerOrganisations,
		@Nullable CompanyShareForm companyForm) {

	/**
	 * What the person granted an organisation they no longer belong to.
	 * @param organisation the organisation
	 * @return the grants
	 */
	public List<Grant> grantsTo(OrganisationId organisation) {
		return grants.stream().filter(grant -> grant.organisation().equals(organisation)).toList();
	}

	public boolean errorOn(String field) {
		return cityFormError() != null && error.on(field).isPresent();
	}

	/**
	 * What was wrong with the city form, if it was the one refused.
	 * @return the problems, or {@code null}
	 */
	public @Nullable InvalidInputException cityFormError() {
		return companyForm == null ? error : null;
	}

	/**
	 * What was wrong with the sharing with a company, if it was the one refused.
	 * @param company the company
	 * @return the problems, or {@code null}
	 */
	public @Nullable InvalidInputException companyError(Membership company) {
		return companyForm != null && companyForm.isFor(company.organisationId()) ? error : null;
	}

	/**
	 * Where the error summary sends the reader for a field's problem.
	 * @param field the refused field
	 * @return the id of the element to focus
	 */
	public String anchor(String field) {
		if (companyForm != null) {
			var key = String.valueOf(companyForm.organisation());
			return "expiresOn".equals(field) ? "expires-" + key : "share-" + key + "-" + sections()[0].name();
		}
		return switch (field) {
			case "city" -> "visibility-city";
			case "sections" -> "city-" + city.sections().get(0).name();
			case "situation" -> "situation-none";
			case "municipality" -> "city-municipality";
			case "occupation" -> "occupationQuery";
			case "expiresOn" -> "city-expires";
			default -> "visibility-city";
		};
	}

	public String cityName(OrganisationId city) {
		return cityNames.getOrDefault(city, "–");
	}

	public Section[] sections() {
		return Section.values();
	}

	public boolean shared(Membership company, Section section) {
		if (companyForm != null && companyForm.isFor(company.organisationId())) {
			return companyForm.ticked().contains(section);
		}
		return grants.stream()
			.anyMatch(grant -> grant.organisation().equals(company.organisationId()) && grant.section() == section
					&& grant.activeOn(today));
	}

	public String expiry(Membership company) {
		if (companyForm != null && companyForm.isFor(company.organisationId())) {
			return companyForm.expiresOn() == null ? "" : companyForm.expiresOn();
		}
		return grants.stream()
			.filter(grant -> grant.organisation().equals(company.organisationId()) && grant.expiresOn() != null)
			.map(grant -> grant.expiresOn().toString())
			.findFirst()
			.orElse("");
	}

}
