package fi.osaamo.competence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.Organisation;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's opt-ins to being found by a city's growth team (job seekers, and employees
 * open to opportunities): which sections of their mapping the team may see, until when,
 * and what they tell the team about their situation and the work they look for.
 */
@Service
public class CityOptIns {

	private static final String INSERT = """
			insert into competence.city_visibility
			  (person_id, city_id, sections, expires_on, situation, municipality, occupation_uri)
			values (:person, :city, :sections, :expires, :situation, :municipality, :occupation)""";

	private final JdbcClient jdbc;

	private final CityVisibilityQueries queries;

	private final CityOptInChecks checks;

	private final OrganisationManagement organisations;

	private final ApplicationEventPublisher events;

	CityOptIns(JdbcClient jdbc, CityVisibilityQueries queries, CityOptInChecks checks,
			OrganisationManagement organisations, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.checks = checks;
		this.organisations = organisations;
		this.events = events;
	}

	/**
	 * The cities a person may open their mapping to.
	 * @return the city organisations by name
	 */
	public List<Organisation> cities() {
		return organisations.list("", OrganisationType.CITY, 0, 100).items();
	}

	/**
	 * A person's opt-in, if in force.
	 * @param person who
	 * @return the opt-in
	 */
	public Optional<CityVisibility> visibility(PersonId person) {
		return queries.visibility(person);
	}

	/**
	 * Which of some people are visible to a city's growth team today.
	 * @param city the city organisation
	 * @param people the people
	 * @return those visible
	 */
	public Set<PersonId> visibleAmong(OrganisationId city, Collection<PersonId> people) {
		return queries.visibleAmong(city, people);
	}

	/**
	 * The city each person is visible to today, for the matching index.
	 * @return the city by person
	 */
	public Map<PersonId, OrganisationId> visibleCities() {
		return queries.visibleCities();
	}

	/**
	 * Opens a person's mapping to a city's growth team, or withdraws it with no sections.
	 * @param person who
	 * @param city the city organisation
	 * @param sections what the team may see; skills are needed to be found
	 * @param expiresOn until when, or until withdrawn
	 * @param profile what they tell the team about their situation and the work they look
	 * for
	 */
	@Transactional
	public void open(PersonId person, OrganisationId city, Set<Section> sections, @Nullable LocalDate expiresOn,
			TalentProfile profile) {
		delete(person);
		if (sections.isEmpty()) {
			events.publishEvent(new SharingChanged(person));
			return;
		}
		checks.check(person, city, sections, expiresOn, profile);
		insert(person, city, sections, expiresOn, profile);
		events.publishEvent(new SharingChanged(person));
	}

	private void delete(PersonId person) {
		jdbc.sql("delete from competence.city_visibility where person_id = :person")
			.param("person", person.value())
			.update();
	}

	private void insert(PersonId person, OrganisationId city, Set<Section> sections, @Nullable LocalDate expiresOn,
			TalentProfile profile) {
		jdbc.sql(INSERT)
			.param("person", person.value())
			.param("city", city.value())
			.param("sections", sections.stream().map(Section::name).sorted().collect(Collectors.joining(",")))
			.param("expires", expiresOn == null ? null : Date.valueOf(expiresOn))
			.param("situation", profile.situation() == null ? null : profile.situation().name())
			.param("municipality", profile.municipality())
			.param("occupation", profile.occupationUri())
			.update();
	}

}
