package fi.osaamo.taxonomy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import fi.osaamo.platform.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ranked, typo-tolerant search of concepts by their labels in any of the three languages.
 */
@Component
class ConceptSearch {

	private static final String SEARCH = """
			with q as (select public.osaamo_fold(:query) as q, public.osaamo_fold(:root) as root),
			matches as (
			  select distinct on (l.concept_id) l.concept_id, l.text as matched,
			    (case when l.folded = q.q then 1.0
			          when l.folded like q.q || '%' then 0.9
			          when l.folded like '%' || q.q || '%' then 0.8
			          when q.root <> q.q and l.folded ~ ('(^|[ -])' || q.root) then 0.78
			          else (0.6 * word_similarity(q.q, l.folded) + 0.4 * similarity(q.q, l.folded)) * 0.75 end)
			    * (case when l.preferred then 1.0 else 0.92 end)
			    * (case when l.language = :language then 1.0 else 0.9 end) as score
			  from taxonomy.label l cross join q
			  join taxonomy.concept c on c.id = l.concept_id
			  where (q.q <% l.folded or (q.root <> q.q and l.folded like '%' || q.root || '%')) and c.kind = any(:kinds)
			  order by l.concept_id, score desc, length(l.text)
			)
			select c.id, c.key, c.uri, c.kind, m.matched, m.score, LABEL_COLUMNS
			from matches m join taxonomy.concept c on c.id = m.concept_id
			LABEL_JOINS
			order by m.score desc, length(m.matched), c.key
			limit :limit""".replace("LABEL_COLUMNS", ConceptRows.LABEL_COLUMNS)
		.replace("LABEL_JOINS", ConceptRows.LABEL_JOINS);

	private final JdbcClient jdbc;

	ConceptSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Concepts of some kinds whose labels resemble the query, the best first.
	 * @param query what the user typed
	 * @param language the language to answer in, whose labels count a little more
	 * @param limit how many results at most
	 * @param kinds the kinds of concept
	 * @return the matches
	 */
	List<ConceptMatch> search(String query, Language language, int limit, Collection<ConceptKind> kinds) {
		var text = query.strip();
		if (text.isEmpty()) {
			return List.of();
		}
		return matches(cut(text), language, limit, kinds);
	}

	private List<ConceptMatch> matches(String query, Language language, int limit, Collection<ConceptKind> kinds) {
		return jdbc.sql(SEARCH)
			.param("query", query)
			.param("root", WordRoots.of(query))
			.param("language", language.code())
			.param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
			.param("limit", Math.max(1, Math.min(limit, TaxonomyManagement.MAX_LIMIT)))
			.query((rs, row) -> match(rs, language))
			.list();
	}

	private static String cut(String text) {
		return text.length() > TaxonomyManagement.MAX_QUERY ? text.substring(0, TaxonomyManagement.MAX_QUERY) : text;
	}

	private static ConceptMatch match(ResultSet rs, Language language) throws SQLException {
		return new ConceptMatch(rs.getString("key"), rs.getString("uri"), ConceptKind.valueOf(rs.getString("kind")),
				ConceptRows.label(rs, language), rs.getString("matched"), rs.getDouble("score"));
	}

}
