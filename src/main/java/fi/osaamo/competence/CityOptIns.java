package fi.osaamo.competence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.Organisation;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.TaxonomyManagement;
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

	private final JdbcClient jdbc;

	private final MappingRepository mappings;

	private final OrganisationManagement organisations;

	private final TaxonomyManagement taxonomy;

	private final ClassificationManagement classifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CityOptIns(JdbcClient jdbc, MappingRepository mappings, OrganisationManagement organisations,
			TaxonomyManagement taxonomy, ClassificationManagement classifications, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.mappings = mappings;
		this.organisations = organisations;
		this.taxonomy = taxonomy;
		this.classifications = classifications;
		this.events = events;
		this.clock = clock;
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
		return jdbc.sql("""
				select city_id, sections, expires_on, situation, municipality, occupation_uri
				from competence.city_visibility
				where person_id = :person and (expires_on is null or expires_on >= :today)""")
			.param("person", person.value())
			.param("today", Date.valueOf(LocalDate.now(clock)))
			.query((rs, row) -> new CityVisibility(new OrganisationId(rs.getObject("city_id", UUID.class)),
					sections(rs.getString("sections")),
					rs.getDate("expires_on") == null ? null : rs.getDate("expires_on").toLocalDate(), profile(rs)))
			.optional();
	}

	/**
	 * Which of some people are visible to a city's growth team today.
	 * @param city the city organisation
	 * @param people the people
	 * @return those visible
	 */
	public Set<PersonId> visibleAmong(OrganisationId city, Collection<PersonId> people) {
		if (people.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select person_id from competence.city_visibility
				where city_id = :city and person_id = any(:people) and (expires_on is null or expires_on >= :today)""")
			.param("city", city.value())
			.param("people", people.stream().map(PersonId::value).toArray(UUID[]::new))
			.param("today", Date.valueOf(LocalDate.now(clock)))
			.query((rs, row) -> new PersonId(rs.getObject("person_id", UUID.class)))
			.list());
	}

	/**
	 * The city each person is visible to today, for the matching index.
	 * @return the city by person
	 */
	public Map<PersonId, OrganisationId> visibleCities() {
		var cities = new HashMap<PersonId, OrganisationId>();
		jdbc.sql("""
				select person_id, city_id from competence.city_visibility
				where (expires_on is null or expires_on >= :today) and sections like '%SKILLS%'""")
			.param("today", Date.valueOf(LocalDate.now(clock)))
			.query(rs -> {
				cities.put(new PersonId(rs.getObject("person_id", UUID.class)),
						new OrganisationId(rs.getObject("city_id", UUID.class)));
			});
		return cities;
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
		jdbc.sql("delete from competence.city_visibility where person_id = :person")
			.param("person", person.value())
			.update();
		if (sections.isEmpty()) {
			events.publishEvent(new SharingChanged(person));
			return;
		}
		check(person, city, sections, expiresOn, profile);
		jdbc.sql("""
				insert into competence.city_visibility
				  (person_id, city_id, sections, expires_on, situation, municipality, occupation_uri)
				values (:person, :city, :sections, :expires, :situation, :municipality, :occupation)""")
			.param("person", person.value())
			.param("city", city.value())
			.param("sections", sections.stream().map(Section::name).sorted().collect(Collectors.joining(",")))
			.param("expires", expiresOn == null ? null : Date.valueOf(expiresOn))
			.param("situation", profile.situation() == null ? null : profile.situation().name())
			.param("municipality", profile.municipality())
			.param("occupation", profile.occupationUri())
			.update();
		events.publishEvent(new SharingChanged(person));
	}

	private void check(PersonId person, OrganisationId city, Set<Section> sections, @Nullable LocalDate expiresOn,
			TalentProfile profile) {
		if (!mappings.exists(person)) {
			throw new InvalidInputException("city", "validation.noMapping");
		}
		if (organisations.find(city).filter(found -> found.type() == OrganisationType.CITY).isEmpty()) {
			throw new InvalidInputException("city", "validation.choose");
		}
		if (!CityVisibility.OFFERED.containsAll(sections)) {
			throw new InvalidInputException("sections", "validation.choose");
		}
		if (!sections.contains(Section.SKILLS)) {
			throw new InvalidInputException("sections", "talents.visibility.skillsNeeded");
		}
		if (expiresOn != null && expiresOn.isBefore(LocalDate.now(clock))) {
			throw new InvalidInputException("expiresOn", "validation.dateInPast");
		}
		if (profile.municipality() != null
				&& classifications.municipality(profile.municipality(), Language.FI).isEmpty()) {
			throw new InvalidInputException("municipality", "validation.choose");
		}
		if (profile.occupationUri() != null && !taxonomy.isOccupation(profile.occupationUri())) {
			throw new InvalidInputException("occupation", "validation.choose");
		}
	}

	static TalentProfile profile(ResultSet rs) throws SQLException {
		var situation = rs.getString("situation");
		return new TalentProfile(situation == null ? null : TalentProfile.Situation.valueOf(situation),
				rs.getString("municipality"), rs.getString("occupation_uri"));
	}

	private static Set<Section> sections(String text) {
		var sections = EnumSet.noneOf(Section.class);
		Arrays.stream(text.split(",")).filter(value -> !value.isBlank()).map(Section::valueOf).forEach(sections::add);
		return sections;
	}

}
