package fi.osaamo.content;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The images uploaded with articles: PNGs with their alt text, by article and name.
 */
@Repository
class ArticleImageRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	ArticleImageRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<ArticleImage> of(UUID article) {
		return jdbc.sql("""
				select name, alt_text, width, height from content.article_image
				where article_id = :article order by created_at, name""")
			.param("article", article)
			.query((rs, row) -> new ArticleImage(rs.getString("name"), rs.getString("alt_text"), rs.getInt("width"),
					rs.getInt("height")))
			.list();
	}

	Optional<byte[]> png(UUID article, String name) {
		return jdbc.sql("select png from content.article_image where article_id = :article and name = :name")
			.param("article", article)
			.param("name", name)
			.query(byte[].class)
			.optional();
	}

	void add(UUID article, ArticleImage image, byte[] png) {
		jdbc.sql("""
				insert into content.article_image (article_id, name, alt_text, width, height, png, created_at)
				values (:article, :name, :alt, :width, :height, :png, :now)""")
			.params(Map.of("article", article, "name", image.name(), "alt", image.altText()))
			.params(Map.of("width", image.width(), "height", image.height(), "png", png))
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * Holds the article while a name is chosen, so two uploads never take the same one.
	 */
	void lock(UUID article) {
		jdbc.sql("select id from content.article where id = :article for update")
			.param("article", article)
			.query(UUID.class)
			.optional();
	}

	boolean remove(UUID article, String name) {
		return jdbc.sql("delete from content.article_image where article_id = :article and name = :name")
			.param("article", article)
			.param("name", name)
			.update() > 0;
	}

}
