package fi.osaamo.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.LikePatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

/**
 * Lists of articles: the published ones a reader may see, found by category and words in
 * each article's language, and the ones a writer may edit.
 */
@Component
class ArticleSearch {

	private static final String TEXT_CONFIG = "case %s.language when 'fi' then 'finnish'::regconfig "
			+ "when 'sv' then 'swedish'::regconfig else 'english'::regconfig end";

	private static final String SUMMARY_COLUMNS = """
			select a.id, a.organisation_id, a.byline, a.published_at, c.id as category_id, c.slug, c.name_fi,
			       c.name_sv, c.name_en, t.language, t.title, t.summary""";

	/**
	 * Articles with their categories and the text in the reader's language, or else in
	 * Finnish, Swedish or English.
	 */
	private static final String FROM = """
			from content.article a join content.category c on c.id = a.category_id
			join lateral (select x.language, x.title, x.summary from content.article_text x where x.article_id = a.id
			              order by case when x.language = :language then 0 when x.language = 'fi' then 1
			                            when x.language = 'sv' then 2 else 3 end limit 1) t on true""";

	private static final String PUBLISHED = FROM + " " + """
			where a.published_at is not null
			 and (a.organisation_id is null or a.organisation_id = any(:organisations))
			 and (cast(:category as varchar) is null or c.slug = :category)
			 and (:query = '' or exists (select 1 from content.article_text s where s.article_id = a.id
			      and (s.search_vector @@ websearch_to_tsquery(%s, :query) or s.title ilike :pattern
			           or public.osaamo_fold(:query) <%% s.search_text)))""".formatted(TEXT_CONFIG.formatted("s"));

	private static final String BEST_MATCH_FIRST = """
			(select max(ts_rank(s.search_vector, websearch_to_tsquery(%s, :query))
			            + word_similarity(public.osaamo_fold(:query), s.search_text))
			   from content.article_text s where s.article_id = a.id) desc, a.published_at desc, a.id"""
		.formatted(TEXT_CONFIG.formatted("s"));

	private final JdbcClient jdbc;

	private final ArticlePolicy policy;

	ArticleSearch(JdbcClient jdbc, ArticlePolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	/**
	 * Published articles a reader may see, by category and words.
	 * @see ArticleManagement#list(PersonId, Language, String, String, int, int)
	 */
	ArticlePage published(@Nullable PersonId reader, Language language, @Nullable String category, String query,
			int page, int size) {
		var trimmed = query.strip();
		var readable = policy.readable(reader);
		var total = bind(jdbc.sql("select count(*) " + PUBLISHED), readable, category, trimmed, language)
			.query(Long.class)
			.single();
		var items = items(readable, category, trimmed, language, page, size);
		return new ArticlePage(items, Math.max(0, page), size, total);
	}

	private List<ArticleSummary> items(UUID[] readable, @Nullable String category, String trimmed, Language language,
			int page, int size) {
		var order = trimmed.isEmpty() ? "a.published_at desc, a.id" : BEST_MATCH_FIRST;
		return bind(jdbc.sql(SUMMARY_COLUMNS + " " + PUBLISHED + " order by " + order + " limit :size offset :offset"),
				readable, category, trimmed, language)
			.param("size", size)
			.param("offset", (long) Math.max(0, page) * size)
			.query(ArticleSearch::summary)
			.list();
	}

	private static StatementSpec bind(StatementSpec statement, UUID[] readable, @Nullable String category, String query,
			Language language) {
		return statement.param("organisations", readable)
			.param("category", category)
			.param("query", query)
			.param("pattern", LikePatterns.containing(query))
			.param("language", language.code());
	}

	/**
	 * The articles a writer may edit, drafts included, last changed first.
	 */
	List<ArticleSummary> editable(PersonId writer, Language language) {
		var scope = policy.writable(writer);
		return jdbc.sql(SUMMARY_COLUMNS + " " + FROM + """
				 where (:region and a.organisation_id is null) or a.organisation_id = any(:organisations)
				order by a.updated_at desc, a.id""")
			.param("region", scope.region())
			.param("organisations", scope.organisations())
			.param("language", language.code())
			.query(ArticleSearch::summary)
			.list();
	}

	private static ArticleSummary summary(ResultSet rs, int row) throws SQLException {
		return new ArticleSummary(rs.getObject("id", UUID.class),
				Language.fromCode(rs.getString("language")).orElseThrow(), rs.getString("title"),
				rs.getString("summary"), rs.getString("byline"), ArticleRows.categoryOfArticle(rs),
				ArticleRows.instant(rs, "published_at"), rs.getObject("organisation_id") == null);
	}

}
