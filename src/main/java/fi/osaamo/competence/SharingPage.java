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
 */
public record SharingPage(List<Membership> companies, List<Grant> grants, LocalDate today,
		@Nullable InvalidInputException error, boolean hasMapping, CityOptInSection city, List<ContactRequest> requests,
		Map<OrganisationId, String> cityNames, Map<OrganisationId, String> formerOrganisations) {

	/**
	 * What the person granted an organisation they no longer belong to.
	 * @param organisation the organisation
	 * @return the grants
	 */
	public List<Grant> grantsTo(OrganisationId organisation) {
		return grants.stream().filter(grant -> grant.organisation().equals(organisation)).toList();
	}

	public boolean errorOn(String field) {
		return error != null && error.field().equals(field);
	}

	public String cityName(OrganisationId city) {
		return cityNames.getOrDefault(city, "–");
	}

	public boolean cityError() {
		return error != null && java.util.Set.of("city", "sections", "expiresOn").contains(error.field());
	}

	public Section[] sections() {
		return Section.values();
	}

	public boolean shared(Membership company, Section section) {
		return grants.stream()
			.anyMatch(grant -> grant.organisation().equals(company.organisationId()) && grant.section() == section
					&& grant.activeOn(today));
	}

	public String expiry(Membership company) {
		return grants.stream()
			.filter(grant -> grant.organisation().equals(company.organisationId()) && grant.expiresOn() != null)
			.map(grant -> grant.expiresOn().toString())
			.findFirst()
			.orElse("");
	}

}
