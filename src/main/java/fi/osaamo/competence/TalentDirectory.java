package fi.osaamo.competence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;

/**
 * The talents a city's growth team may find, by skills or by browsing: people who opted
 * in to being visible to the city, shown by pseudonym with their skills and what they
 * told the team about their situation and the work they look for.
 */
@Service
public class TalentDirectory {

	/** How many of a talent's skills a browsed list shows, best first. */
	static final int SKILLS_SHOWN = 5;

	private static final String VISIBLE = """
			v.city_id = :city and (v.expires_on is null or v.expires_on >= :today) and v.sections like '%SKILLS%'
			  and (:situation = '' or v.situation = :situation)
			  and (:municipality = '' or v.municipality = :municipality)
			  and (:occupation = '' or v.occupation_uri = :occupation)""";

	private final JdbcClient jdbc;

	private final IdentityManagement identities;

	private final Clock clock;

	TalentDirectory(JdbcClient jdbc, IdentityManagement identities, Clock clock) {
		this.jdbc = jdbc;
		this.identities = identities;
		this.clock = clock;
	}

	/**
	 * Talents of a city with any of the skills at a level or above: those with most of
	 * the primary skills first, then most skills matched, then the highest levels.
	 * @param city the city organisation
	 * @param skills the skills searched
	 * @param primary the skills searched for (the others being related ones)
	 * @param minLevel the lowest level that counts
	 * @param among only these people, a company's employees, or {@code null} for anyone;
	 * since the search then tells where they work, only those who opened their work
	 * history to the city are found
	 * @param filter what else the talents must have told
	 * @param page the page, from 0
	 * @param size its size
	 * @return the page of talents and how many there are in all
	 */
	public TalentPage search(OrganisationId city, Collection<String> skills, Collection<String> primary, int minLevel,
			@Nullable Collection<PersonId> among, TalentFilter filter, int page, int size) {
		if (skills.isEmpty() || (among != null && among.isEmpty())) {
			return new TalentPage(List.of(), 0);
		}
		var rows = params(jdbc.sql(among(among, """
				select v.person_id, v.situation, v.municipality, v.occupation_uri,
				       array_agg(s.skill_uri order by s.level desc, s.skill_uri) as uris,
				       array_agg(s.level order by s.level desc, s.skill_uri) as levels, count(*) over () as total
				from competence.skill s join competence.city_visibility v on v.person_id = s.person_id
				where /* visible */ and s.skill_uri = any(:skills) and s.level >= :minLevel /* among */
				group by v.person_id
				order by count(*) filter (where s.skill_uri = any(:primary)) desc, count(*) desc, sum(s.level) desc,
				         v.person_id
				limit :size offset :offset""")), city, among, filter).param("skills", skills.toArray(String[]::new))
			.param("primary", primary.toArray(String[]::new))
			.param("minLevel", minLevel)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> row(rs))
			.list();
		return page(rows,
				() -> params(jdbc.sql(among(among, """
						select count(distinct v.person_id)
						from competence.skill s join competence.city_visibility v on v.person_id = s.person_id
						where /* visible */ and s.skill_uri = any(:skills) and s.level >= :minLevel /* among */""")),
						city, among, filter)
					.param("skills", skills.toArray(String[]::new))
					.param("minLevel", minLevel),
				page);
	}

	/**
	 * All talents visible to a city, those who opted in last first, each with their best
	 * skills.
	 * @param city the city organisation
	 * @param among only these people, a company's employees, or {@code null} for anyone
	 * @param filter what the talents must have told
	 * @param page the page, from 0
	 * @param size its size
	 * @return the page of talents and how many there are in all
	 */
	public TalentPage browse(OrganisationId city, @Nullable Collection<PersonId> among, TalentFilter filter, int page,
			int size) {
		if (among != null && among.isEmpty()) {
			return new TalentPage(List.of(), 0);
		}
		var rows = params(jdbc.sql(among(among, """
				select v.person_id, v.situation, v.municipality, v.occupation_uri, count(*) over () as total,
				       array(select s.skill_uri from competence.skill s where s.person_id = v.person_id
				             order by s.level desc, s.strength desc, s.skill_uri limit :shown) as uris,
				       array(select s.level from competence.skill s where s.person_id = v.person_id
				             order by s.level desc, s.strength desc, s.skill_uri limit :shown) as levels
				from competence.city_visibility v
				where /* visible */ /* among */
				order by v.granted_at desc, v.person_id
				limit :size offset :offset""")), city, among, filter).param("shown", SKILLS_SHOWN)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> row(rs))
			.list();
		return page(rows, () -> params(jdbc.sql(among(among, """
				select count(*) from competence.city_visibility v where /* visible */ /* among */""")), city, among,
				filter), page);
	}

	/**
	 * How many of a city's visible talents told each situation, municipality and kind of
	 * work, for the filters a team chooses from.
	 * @param city the city organisation
	 * @return the counts
	 */
	public Facets facets(OrganisationId city) {
		return new Facets(counts(city, "situation"), counts(city, "municipality"), counts(city, "occupation_uri"));
	}

	private Map<String, Long> counts(OrganisationId city, String column) {
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

	private TalentPage page(List<Row> rows, java.util.function.Supplier<StatementSpec> count, int page) {
		var pseudonyms = identities.summaries(rows.stream().map(Row::person).toList());
		var talents = new ArrayList<TalentMatch>();
		for (var row : rows) {
			var summary = pseudonyms.get(row.person());
			if (summary != null) {
				talents.add(new TalentMatch(row.person(), summary.pseudonym(), row.skills(), row.profile()));
			}
		}
		if (!rows.isEmpty()) {
			return new TalentPage(talents, rows.get(0).total());
		}
		return new TalentPage(talents, page == 0 ? 0 : count.get().query(Long.class).single());
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

	private static Row row(ResultSet rs) throws SQLException {
		var uris = (String[]) rs.getArray("uris").getArray();
		var levels = (Object[]) rs.getArray("levels").getArray();
		var skills = new ArrayList<TalentMatch.SkillLevel>();
		for (var i = 0; i < uris.length; i++) {
			skills.add(new TalentMatch.SkillLevel(uris[i], ((Number) levels[i]).intValue()));
		}
		return new Row(new PersonId(rs.getObject("person_id", UUID.class)), List.copyOf(skills), CityOptIns.profile(rs),
				rs.getLong("total"));
	}

	private record Row(PersonId person, List<TalentMatch.SkillLevel> skills, TalentProfile profile, long total) {
	}

	/**
	 * A page of talents.
	 *
	 * @param talents the talents on the page
	 * @param total how many there are in all
	 */
	public record TalentPage(List<TalentMatch> talents, long total) {
	}

	/**
	 * How many talents told each value, most first.
	 *
	 * @param situations people by situation name
	 * @param municipalities people by municipality code
	 * @param occupations people by ESCO occupation
	 */
	public record Facets(Map<String, Long> situations, Map<String, Long> municipalities,
			Map<String, Long> occupations) {
	}

}
