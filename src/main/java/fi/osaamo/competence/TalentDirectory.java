package fi.osaamo.competence;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;
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

	private static final String SEARCH = """
			select v.person_id, v.situation, v.municipality, v.occupation_uri,
			       array_agg(s.skill_uri order by s.level desc, s.skill_uri) as uris,
			       array_agg(s.level order by s.level desc, s.skill_uri) as levels, count(*) over () as total
			from competence.skill s join competence.city_visibility v on v.person_id = s.person_id
			where /* visible */ and s.skill_uri = any(:skills) and s.level >= :minLevel /* among */
			group by v.person_id
			order by count(*) filter (where s.skill_uri = any(:primary)) desc, count(*) desc, sum(s.level) desc,
			         v.person_id
			limit :size offset :offset""";

	private static final String SEARCH_COUNT = """
			select count(distinct v.person_id)
			from competence.skill s join competence.city_visibility v on v.person_id = s.person_id
			where /* visible */ and s.skill_uri = any(:skills) and s.level >= :minLevel /* among */""";

	private static final String BROWSE = """
			select v.person_id, v.situation, v.municipality, v.occupation_uri, count(*) over () as total,
			       array(select s.skill_uri from competence.skill s where s.person_id = v.person_id
			             order by s.level desc, s.strength desc, s.skill_uri limit :shown) as uris,
			       array(select s.level from competence.skill s where s.person_id = v.person_id
			             order by s.level desc, s.strength desc, s.skill_uri limit :shown) as levels
			from competence.city_visibility v
			where /* visible */ /* among */
			order by v.granted_at desc, v.person_id
			limit :size offset :offset""";

	private static final String BROWSE_COUNT = """
			select count(*) from competence.city_visibility v where /* visible */ /* among */""";

	private final TalentDirectoryQueries statements;

	private final TalentDirectoryPages pages;

	TalentDirectory(TalentDirectoryQueries statements, TalentDirectoryPages pages) {
		this.statements = statements;
		this.pages = pages;
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
		var search = withSkills(statements.statement(SEARCH, city, among, filter), skills, minLevel);
		var rows = rows(search.param("primary", primary.toArray(String[]::new)), page, size);
		return pages.page(rows,
				() -> withSkills(statements.statement(SEARCH_COUNT, city, among, filter), skills, minLevel), page);
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
		var rows = rows(statements.statement(BROWSE, city, among, filter).param("shown", SKILLS_SHOWN), page, size);
		return pages.page(rows, () -> statements.statement(BROWSE_COUNT, city, among, filter), page);
	}

	/**
	 * How many of a city's visible talents told each situation, municipality and kind of
	 * work, for the filters a team chooses from.
	 * @param city the city organisation
	 * @return the counts
	 */
	public Facets facets(OrganisationId city) {
		return new Facets(statements.counts(city, "situation"), statements.counts(city, "municipality"),
				statements.counts(city, "occupation_uri"));
	}

	private static StatementSpec withSkills(StatementSpec statement, Collection<String> skills, int minLevel) {
		return statement.param("skills", skills.toArray(String[]::new)).param("minLevel", minLevel);
	}

	private static List<TalentRow> rows(StatementSpec statement, int page, int size) {
		return statement.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> TalentRow.of(rs))
			.list();
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
