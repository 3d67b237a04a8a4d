package fi.osaamo.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.platform.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads an article with its texts in each language, and counts the articles.
 */
@Repository
class ArticleReads {

	private final JdbcClient jdbc;

	ArticleReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An article, whoever may read it.
	 * @param id the article
	 * @return the article, if it exists and has texts
	 */
	Optional<Article> load(UUID id) {
		var texts = texts(id);
		return jdbc.sql("""
				select a.id, a.organisation_id, a.byline, a.published_at, a.updated_at, a.version,
				       c.id as category_id, c.slug, c.name_fi, c.name_sv, c.name_en
				from content.article a join content.category c on c.id = a.category_id where a.id = :id""")
			.param("id", id)
			.query((rs, row) -> article(rs, texts))
			.optional()
			.filter(article -> !article.texts().isEmpty());
	}

	long count() {
		return jdbc.sql("select count(*) from content.article").query(Long.class).single();
	}

	private EnumMap<Language, ArticleText> texts(UUID id) {
		var texts = new EnumMap<Language, ArticleText>(Language.class);
		jdbc.sql("""
				select language, title, summary, body_markdown, body_html from content.article_text
				where article_id = :id""").param("id", id).query(rs -> {
			var language = Language.fromCode(rs.getString("language")).orElseThrow();
			texts.put(language, new ArticleText(language, rs.getString("title"), rs.getString("summary"),
					rs.getString("body_markdown"), rs.getString("body_html")));
		});
		return texts;
	}

	private static Article article(ResultSet rs, EnumMap<Language, ArticleText> texts) throws SQLException {
		return new Article(rs.getObject("id", UUID.class), ArticleRows.organisation(rs),
				ArticleRows.categoryOfArticle(rs), rs.getString("byline"), ArticleRows.instant(rs, "published_at"),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"), texts);
	}

}
