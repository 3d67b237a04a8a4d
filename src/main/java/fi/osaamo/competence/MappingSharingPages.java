package fi.osaamo.competence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.Membership;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Assembles the sharing page: what a person shares with their companies and their city,
 * and the contact requests they were sent.
 */
@Component
class MappingSharingPages {

	private final SharingManagement sharing;

	private final CompetenceManagement competence;

	private final Clock clock;

	private final CityTalents talents;

	private final CityOptIns optIns;

	private final CityOptInSections citySections;

	private final OrganisationManagement organisations;

	MappingSharingPages(SharingManagement sharing, CompetenceManagement competence, Clock clock, CityTalents talents,
			CityOptIns optIns, CityOptInSections citySections, OrganisationManagement organisations) {
		this.sharing = sharing;
		this.competence = competence;
		this.clock = clock;
		this.talents = talents;
		this.optIns = optIns;
		this.citySections = citySections;
		this.organisations = organisations;
	}

	SharingPage page(PersonPrincipal user, @Nullable InvalidInputException error, @Nullable CityOptInForm typed,
			@Nullable CompanyShareForm companyForm, Locale locale) {
		var requests = talents.requestsTo(user.personId());
		var cityNames = new HashMap<OrganisationId, String>();
		optIns.cities().forEach(city -> cityNames.put(city.id(), city.name()));
		var companies = sharing.companiesOf(user.personId());
		var grants = sharing.grants(user.personId());
		var former = former(companies, grants);
		return new SharingPage(companies, grants, LocalDate.now(clock), error, competence.hasMapping(user.personId()),
				citySections.of(user.personId(), typed, Language.of(locale)), requests, cityNames, former, companyForm);
	}

	/**
	 * The organisations granted something that are no longer among the companies, by
	 * name.
	 */
	private Map<OrganisationId, String> former(List<Membership> companies, List<Grant> grants) {
		var current = new HashSet<OrganisationId>();
		companies.forEach(company -> current.add(company.organisationId()));
		var former = new LinkedHashMap<OrganisationId, String>();
		grants.stream()
			.map(Grant::organisation)
			.filter(organisation -> !current.contains(organisation))
			.distinct()
			.forEach(organisation -> former.put(organisation,
					organisations.find(organisation).map(found -> found.name()).orElse("–")));
		return former;
	}

}
