package fi.osaamo.taxonomy;

import java.sql.ResultSet;
import java.sql.SQLException;

import fi.osaamo.platform.Language;

/**
 * Reads concepts with their preferred label in the reader's language (English where it
 * lacks one) from the rows of the taxonomy's queries.
 */
final class ConceptRows {

	static final String LABEL_COLUMNS = """
			coalesce(pl.text, pe.text) as label, (pl.text is null) as fallback""";

	static final String LABEL_JOINS = """
			left join taxonomy.label pl on pl.concept_id = c.id and pl.language = :language and pl.preferred
			left join taxonomy.label pe on pe.concept_id = c.id and pe.language = 'en' and pe.preferred""";

	/** Concepts with their labels, to be followed by a where clause. */
	static final String CONCEPTS = "select c.id, c.key, c.uri, c.kind, " + LABEL_COLUMNS + " from taxonomy.concept c "
			+ LABEL_JOINS;

	private ConceptRows() {
	}

	static ConceptRef ref(ResultSet rs, Language language) throws SQLException {
		return new ConceptRef(rs.getString("key"), rs.getString("uri"), ConceptKind.valueOf(rs.getString("kind")),
				label(rs, language));
	}

	static LocalizedText label(ResultSet rs, Language language) throws SQLException {
		var fallback = rs.getBoolean("fallback");
		return new LocalizedText(rs.getString("label"), fallback ? Language.EN : language,
				fallback && language != Language.EN);
	}

}
