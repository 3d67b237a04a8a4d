package fi.osaamo.content;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes articles and their texts in each language.
 */
@Repository
class ArticleWrites {

	private final JdbcClient jdbc;

	ArticleWrites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, PersonId writer, ArticleDraft draft, @Nullable Timestamp published, Timestamp now) {
		jdbc.sql("""
				insert into content.article (id, organisation_id, category_id, author_id, byline, published_at,
				                             created_at, updated_at)
				values (:id, :organisation, :category, :author, :byline, :published, :now, :now)""")
			.param("id", id)
			.params(fields(draft, published, now))
			.param("author", writer.value())
			.update();
	}

	void update(UUID id, ArticleDraft draft, @Nullable Timestamp published, Timestamp now, int version) {
		var changed = jdbc.sql("""
				update content.article set organisation_id = :organisation, category_id = :category, byline = :byline,
				       published_at = :published, updated_at = :now, version = version + 1
				where id = :id and version = :version""")
			.params(fields(draft, published, now))
			.params(Map.of("id", id, "version", version))
			.update();
		if (changed == 0) {
			throw new StaleVersionException();
		}
	}

	private static Map<String, @Nullable Object> fields(ArticleDraft draft, @Nullable Timestamp published,
			Timestamp now) {
		var fields = new HashMap<String, @Nullable Object>();
		fields.put("organisation", draft.audience() == null ? null : draft.audience().value());
		fields.put("category", draft.category());
		fields.put("byline", draft.byline().strip());
		fields.put("published", published);
		fields.put("now", now);
		return fields;
	}

	void replaceTexts(UUID id, LinkedHashMap<Language, ArticleText> texts) {
		jdbc.sql("delete from content.article_text where article_id = :id").param("id", id).update();
		insertTexts(id, texts);
	}

	void insertTexts(UUID id, LinkedHashMap<Language, ArticleText> texts) {
		for (var text : texts.values()) {
			jdbc.sql("""
					insert into content.article_text (article_id, language, title, summary, body_markdown, body_html)
					values (:id, :language, :title, :summary, :markdown, :html)""")
				.params(Map.of("id", id, "language", text.language().code(), "title", text.title()))
				.param("summary", text.summary())
				.param("markdown", text.markdown())
				.param("html", text.html())
				.update();
		}
	}

	void delete(UUID id) {
		jdbc.sql("delete from content.article where id = :id").param("id", id).update();
	}

	/** Removes a person as the author of record of their articles; the bylines stay. */
	void forgetAuthor(PersonId person) {
		jdbc.sql("update content.article set author_id = null where author_id = :person")
			.param("person", person.value())
			.update();
	}

}
