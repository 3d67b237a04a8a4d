package fi.osaamo.competence;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

/**
 * Prepares the talent directory's queries: who a city's growth team may see today, among
 * which people, with what they told the team.
 */
@Component
class TalentDirectoryQueries {

	private static final String VISIBLE = """
			v.city_id = :city and (v.expires_on is null or v.expires_on >= :today) and v.sections like '%SKILLS%'
			  and (:situation = '' or v.situation = :situation)
			  and (:municipality = '' or v.municipality = :municipality)
			  and (:occupation = '' or v.occupation_uri = :occupation)""";

	private final JdbcClient jdbc;

	private final Clock clock;

	TalentDirectoryQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A query over the visible talents, with its conditions bound.
	 * @param sql the query, {@code /* visible *}{@code /} and {@code /* among *}{@code /}
	 * where the conditions go
	 * @param city the city organisation
	 * @param among only these people, or {@code null} for anyone
	 * @param filter what the talents must have told
	 * @return the statement, to bind the query's own parameters to
	 */
	StatementSpec statement(String sql, OrganisationId city, @Nullable Collection<PersonId> among,
			TalentFilter filter) {
		return params(jdbc.sql(among(among, sql)), city, among, filter);
	}

	/**
	 * How many visible talents told each value of a column.
	 * @param city the city organisation
	 * @param column the column
	 * @return the people by value, most first
	 */
	Map<String, Long> counts(OrganisationId city, String column) {
		var counts = new LinkedHashMap<String, Long>();
		params(jdbc
			.sql("select " + column + " as value, count(*) as people from competence.city_visibility v where " + VISIBLE
					+ " and " + column + " is not null group by " + column + " order by count(*) desc, " + column),
				city, null, TalentFilter.ANY)
			.query(rs -> {
				counts.put(rs.getString("value").strip(), rs.getLong("people"));
			});
		return counts;
	}

	private StatementSpec params(StatementSpec statement, OrganisationId city, @Nullable Collection<PersonId> among,
			TalentFilter filter) {
		return statement
			.param("among", among == null ? new UUID[0] : among.stream().map(PersonId::value).toArray(UUID[]::new))
			.param("city", city.value())
			.param("today", Date.valueOf(LocalDate.now(clock)))
			.param("situation", filter.situation() == null ? "" : filter.situation().name())
			.param("municipality", filter.municipality() == null ? "" : filter.municipality())
			.param("occupation", filter.occupationUri() == null ? "" : filter.occupationUri());
	}

	private static String among(@Nullable Collection<PersonId> among, String sql) {
		return sql.replace("/* visible */", VISIBLE)
			.replace("/* among */",
					among == null ? "" : "and v.person_id = any(:among) and v.sections like '%WORK_HISTORY%'");
	}

}
