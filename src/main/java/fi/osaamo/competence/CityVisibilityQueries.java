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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads who is visible to which city's growth team today, and what they told the team.
 */
@Repository
class CityVisibilityQueries {

	private static final String VISIBILITY = """
			select city_id, sections, expires_on, situation, municipality, occupation_uri
			from competence.city_visibility
			where person_id = :person and (expires_on is null or expires_on >= :today)""";

	private static final String VISIBLE_AMONG = """
			select person_id from competence.city_visibility
			where city_id = :city and person_id = any(:people) and (expires_on is null or expires_on >= :today)""";

	private static final String VISIBLE_CITIES = """
			select person_id, city_id from competence.city_visibility
			where (expires_on is null or expires_on >= :today) and sections like '%SKILLS%'""";

	private final JdbcClient jdbc;

	private final Clock clock;

	CityVisibilityQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A person's opt-in, if in force.
	 * @param person who
	 * @return the opt-in
	 */
	Optional<CityVisibility> visibility(PersonId person) {
		return jdbc.sql(VISIBILITY)
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
	Set<PersonId> visibleAmong(OrganisationId city, Collection<PersonId> people) {
		if (people.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql(VISIBLE_AMONG)
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
	Map<PersonId, OrganisationId> visibleCities() {
		var cities = new HashMap<PersonId, OrganisationId>();
		jdbc.sql(VISIBLE_CITIES).param("today", Date.valueOf(LocalDate.now(clock))).query(rs -> {
			cities.put(new PersonId(rs.getObject("person_id", UUID.class)),
					new OrganisationId(rs.getObject("city_id", UUID.class)));
		});
		return cities;
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
