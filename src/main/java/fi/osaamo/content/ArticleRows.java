package fi.osaamo.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * Reads the columns of articles and categories that several queries share.
 */
final class ArticleRows {

	private ArticleRows() {
	}

	/** A category from the columns {@code id, slug, name_fi, name_sv, name_en}. */
	static Category category(ResultSet rs, int row) throws SQLException {
		return new Category(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name_fi"),
				rs.getString("name_sv"), rs.getString("name_en"));
	}

	/** An article's category, its id read as {@code category_id}. */
	static Category categoryOfArticle(ResultSet rs) throws SQLException {
		return new Category(rs.getObject("category_id", UUID.class), rs.getString("slug"), rs.getString("name_fi"),
				rs.getString("name_sv"), rs.getString("name_en"));
	}

	static @Nullable OrganisationId organisation(ResultSet rs) throws SQLException {
		var id = rs.getObject("organisation_id", UUID.class);
		return id == null ? null : new OrganisationId(id);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		var timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
