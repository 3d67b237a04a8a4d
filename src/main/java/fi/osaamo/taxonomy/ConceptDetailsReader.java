package fi.osaamo.taxonomy;

import java.util.List;
import java.util.Optional;

import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a concept's details: its labels, description and neighbours.
 */
@Component
class ConceptDetailsReader {

	private static final String ALTERNATIVES = """
			select text from taxonomy.label where concept_id = :id and language = :language and not preferred
			order by text""";

	private static final String DESCRIPTION = """
			select text, language from taxonomy.description where concept_id = :id and language in (:language, 'en')
			order by case language when :language then 0 else 1 end limit 1""";

	private static final String BROADER = "select broader_id as rid from taxonomy.broader where concept_id = :id";

	private static final String NARROWER = "select concept_id as rid from taxonomy.broader where broader_id = :id";

	private static final String ESSENTIAL = "select skill_id as rid from taxonomy.occupation_skill where occupation_id = :id and essential";

	private static final String OPTIONAL = "select skill_id as rid from taxonomy.occupation_skill where occupation_id = :id and not essential";

	private final JdbcClient jdbc;

	ConceptDetailsReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ConceptDetails> details(String key, Language language) {
		return jdbc.sql(ConceptRows.CONCEPTS + " where c.key = :key")
			.param("key", key)
			.param("language", language.code())
			.query((rs, row) -> new Object[] { rs.getInt("id"), ConceptRows.ref(rs, language) })
			.optional()
			.map(found -> details((int) found[0], (ConceptRef) found[1], language));
	}

	private ConceptDetails details(int id, ConceptRef concept, Language language) {
		var alternatives = jdbc.sql(ALTERNATIVES)
			.param("id", id)
			.param("language", language.code())
			.query(String.class)
			.list();
		var description = description(id, language);
		return new ConceptDetails(concept.id(), concept.uri(), concept.kind(), concept.label(), alternatives,
				description, related(BROADER, id, language), related(NARROWER, id, language),
				related(ESSENTIAL, id, language), related(OPTIONAL, id, language));
	}

	private @Nullable LocalizedText description(int id, Language language) {
		return jdbc.sql(DESCRIPTION)
			.param("id", id)
			.param("language", language.code())
			.query((rs, row) -> new LocalizedText(rs.getString("text"),
					Language.fromCode(rs.getString("language")).orElse(Language.EN),
					!rs.getString("language").equals(language.code())))
			.optional()
			.orElse(null);
	}

	private List<ConceptRef> related(String idsQuery, int id, Language language) {
		return jdbc.sql(ConceptRows.CONCEPTS + " where c.id in (" + idsQuery + ") order by label")
			.param("id", id)
			.param("language", language.code())
			.query((rs, row) -> ConceptRows.ref(rs, language))
			.list();
	}

}
