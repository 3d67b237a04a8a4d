package fi.osaamo.taxonomy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fi.osaamo.platform.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The taxonomy's API: ranked search over skills and occupations, and a concept's details.
 */
@Service
public class TaxonomyManagement {

	public static final int MAX_LIMIT = 50;

	public static final int MAX_QUERY = 200;

	/** How many skills words name at most. */
	static final int SKILLS_NAMED = 20;

	/**
	 * The least score of a match that counts as naming a skill: a typing error in a word
	 * still does, a chance likeness of a few letters does not.
	 */
	static final double NAMING_SCORE = 0.3;

	private final JdbcClient jdbc;

	private final ConceptSearch search;

	private final ConceptDetailsReader details;

	private final SkillRelationsReader relations;

	TaxonomyManagement(JdbcClient jdbc, ConceptSearch search, ConceptDetailsReader details,
			SkillRelationsReader relations) {
		this.jdbc = jdbc;
		this.search = search;
		this.details = details;
		this.relations = relations;
	}

	/**
	 * Skills (and knowledge and skill groups) whose label in any of Finnish, Swedish and
	 * English resembles the query, whatever the reader's language (people type the word
	 * that comes to mind); exact and prefix matches first, then by trigram similarity, so
	 * that typing errors still find the concept, a label in the reader's language a
	 * little ahead of the others.
	 * @param query what the user typed
	 * @param language the language to answer in, whose labels count a little more
	 * @param limit how many results at most
	 * @return the best matches first
	 */
	public List<ConceptMatch> searchSkills(String query, Language language, int limit) {
		return search.search(query, language, limit,
				List.of(ConceptKind.SKILL, ConceptKind.KNOWLEDGE, ConceptKind.SKILL_GROUP));
	}

	/**
	 * The skills some words name, in any of the three languages, for finding what teaches
	 * or needs them: the best matches that resemble the words closely enough (another
	 * form of the word included), so that a word in Swedish finds a study written in
	 * Finnish.
	 * @param words what the user typed
	 * @param language the reader's language
	 * @return the skills' URIs, best first; none for words that name no skill
	 */
	public List<String> skillsNamedBy(String words, Language language) {
		return searchSkills(words, language, SKILLS_NAMED).stream()
			.filter(match -> match.score() >= NAMING_SCORE)
			.map(ConceptMatch::uri)
			.toList();
	}

	public List<ConceptMatch> searchOccupations(String query, Language language, int limit) {
		return search.search(query, language, limit, List.of(ConceptKind.OCCUPATION));
	}

	/**
	 * A concept with its labels, description and neighbours.
	 * @param key the concept's key
	 * @param language the language to answer in
	 * @return the concept, if it exists
	 */
	public Optional<ConceptDetails> details(String key, Language language) {
		return details.details(key, language);
	}

	/**
	 * The preferred labels of concepts by ESCO URI, for other modules' pages.
	 * @param uri the concept's URI
	 * @param language the language
	 * @return the label, if the concept exists
	 */
	public Optional<ConceptRef> byUri(String uri, Language language) {
		return jdbc.sql(ConceptRows.CONCEPTS + " where c.uri = :uri")
			.param("uri", uri)
			.param("language", language.code())
			.query((rs, row) -> ConceptRows.ref(rs, language))
			.optional();
	}

	/**
	 * The preferred labels of many concepts at once.
	 * @param uris the concepts' URIs
	 * @param language the language
	 * @return the concepts found, by URI
	 */
	public java.util.Map<String, ConceptRef> byUris(Collection<String> uris, Language language) {
		if (uris.isEmpty()) {
			return java.util.Map.of();
		}
		return jdbc.sql(ConceptRows.CONCEPTS + " where c.uri = any(:uris)")
			.param("uris", uris.toArray(String[]::new))
			.param("language", language.code())
			.query((rs, row) -> ConceptRows.ref(rs, language))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(ConceptRef::uri, ref -> ref));
	}

	/**
	 * Whether a URI names a skill or knowledge concept (not a group or an occupation).
	 * @param uri the URI
	 * @return whether it does
	 */
	public boolean isSkill(String uri) {
		return jdbc
			.sql("select exists (select 1 from taxonomy.concept where uri = :uri and kind in ('SKILL', 'KNOWLEDGE'))")
			.param("uri", uri)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The relations the matching engine gives credit for: every skill, which skill is
	 * broader than which (between skills and knowledge only, not skill groups), which are
	 * related, and the essential skills of each occupation. Read in one pass at start-up.
	 * @return the relations, by URI
	 */
	public SkillRelations relations() {
		return relations.relations();
	}

	/**
	 * Every label of every skill, for the matching engine's skill extraction.
	 * @param consumer receives the skill's URI, the label's language, whether it is the
	 * preferred label, its text, and whether the concept is knowledge rather than a skill
	 */
	public void forEachSkillLabel(SkillLabelConsumer consumer) {
		relations.forEachSkillLabel(consumer);
	}

	/** Receives skill labels. */
	@FunctionalInterface
	public interface SkillLabelConsumer {

		void accept(String uri, String language, boolean preferred, String text, boolean knowledge);

	}

	public boolean isOccupation(String uri) {
		return jdbc.sql("select exists (select 1 from taxonomy.concept where uri = :uri and kind = 'OCCUPATION')")
			.param("uri", uri)
			.query(Boolean.class)
			.single();
	}

	public long conceptCount() {
		return jdbc.sql("select count(*) from taxonomy.concept").query(Long.class).single();
	}

}
