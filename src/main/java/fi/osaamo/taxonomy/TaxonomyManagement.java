package fi.osaamo.taxonomy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
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

	private static final String LABEL_COLUMNS = """
			coalesce(pl.text, pe.text) as label, (pl.text is null) as fallback""";

	private static final String LABEL_JOINS = """
			left join taxonomy.label pl on pl.concept_id = c.id and pl.language = :language and pl.preferred
			left join taxonomy.label pe on pe.concept_id = c.id and pe.language = 'en' and pe.preferred""";

	private final JdbcClient jdbc;

	TaxonomyManagement(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
		return search(query, language, limit,
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
		return search(query, language, limit, List.of(ConceptKind.OCCUPATION));
	}

	private List<ConceptMatch> search(String query, Language language, int limit, Collection<ConceptKind> kinds) {
		var text = query.strip();
		if (text.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("""
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
					limit :limit"""
				.replace("LABEL_COLUMNS", LABEL_COLUMNS)
				.replace("LABEL_JOINS", LABEL_JOINS))
			.param("query", text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text)
			.param("root", WordRoots.of(text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text))
			.param("language", language.code())
			.param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
			.param("limit", Math.max(1, Math.min(limit, MAX_LIMIT)))
			.query((rs, row) -> new ConceptMatch(rs.getString("key"), rs.getString("uri"),
					ConceptKind.valueOf(rs.getString("kind")), label(rs, language), rs.getString("matched"),
					rs.getDouble("score")))
			.list();
	}

	/**
	 * A concept with its labels, description and neighbours.
	 * @param key the concept's key
	 * @param language the language to answer in
	 * @return the concept, if it exists
	 */
	public Optional<ConceptDetails> details(String key, Language language) {
		return jdbc
			.sql("select c.id, c.key, c.uri, c.kind, " + LABEL_COLUMNS + " from taxonomy.concept c " + LABEL_JOINS
					+ " where c.key = :key")
			.param("key", key)
			.param("language", language.code())
			.query((rs, row) -> new Object[] { rs.getInt("id"), ref(rs, language) })
			.optional()
			.map(found -> details((int) found[0], (ConceptRef) found[1], language));
	}

	/**
	 * The preferred labels of concepts by ESCO URI, for other modules' pages.
	 * @param uri the concept's URI
	 * @param language the language
	 * @return the label, if the concept exists
	 */
	public Optional<ConceptRef> byUri(String uri, Language language) {
		return jdbc
			.sql("select c.id, c.key, c.uri, c.kind, " + LABEL_COLUMNS + " from taxonomy.concept c " + LABEL_JOINS
					+ " where c.uri = :uri")
			.param("uri", uri)
			.param("language", language.code())
			.query((rs, row) -> ref(rs, language))
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
		return jdbc
			.sql("select c.id, c.key, c.uri, c.kind, " + LABEL_COLUMNS + " from taxonomy.concept c " + LABEL_JOINS
					+ " where c.uri = any(:uris)")
			.param("uris", uris.toArray(String[]::new))
			.param("language", language.code())
			.query((rs, row) -> ref(rs, language))
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
		var skills = jdbc.sql("select uri from taxonomy.concept where kind in ('SKILL', 'KNOWLEDGE') order by id")
			.query(String.class)
			.list();
		var broader = jdbc.sql("""
				select c.uri as narrower, b.uri as broader from taxonomy.broader r
				join taxonomy.concept c on c.id = r.concept_id join taxonomy.concept b on b.id = r.broader_id
				where c.kind in ('SKILL', 'KNOWLEDGE') and b.kind in ('SKILL', 'KNOWLEDGE')""")
			.query((rs, row) -> new SkillRelations.Pair(rs.getString("narrower"), rs.getString("broader")))
			.list();
		var related = jdbc.sql("""
				select a.uri as first, b.uri as second from taxonomy.skill_relation r
				join taxonomy.concept a on a.id = r.skill_id join taxonomy.concept b on b.id = r.related_id""")
			.query((rs, row) -> new SkillRelations.Pair(rs.getString("first"), rs.getString("second")))
			.list();
		var essential = jdbc.sql("""
				select o.uri as occupation, s.uri as skill from taxonomy.occupation_skill r
				join taxonomy.concept o on o.id = r.occupation_id join taxonomy.concept s on s.id = r.skill_id
				where r.essential and s.kind in ('SKILL', 'KNOWLEDGE')""")
			.query((rs, row) -> new SkillRelations.Pair(rs.getString("occupation"), rs.getString("skill")))
			.list();
		return new SkillRelations(skills, broader, related, essential);
	}

	/**
	 * Every label of every skill, for the matching engine's skill extraction.
	 * @param consumer receives the skill's URI, the label's language, whether it is the
	 * preferred label, its text, and whether the concept is knowledge rather than a skill
	 */
	public void forEachSkillLabel(SkillLabelConsumer consumer) {
		jdbc.sql("""
				select c.uri, c.kind, l.language, l.preferred, l.text from taxonomy.label l
				join taxonomy.concept c on c.id = l.concept_id where c.kind in ('SKILL', 'KNOWLEDGE')""").query(rs -> {
			consumer.accept(rs.getString("uri"), rs.getString("language"), rs.getBoolean("preferred"),
					rs.getString("text"), "KNOWLEDGE".equals(rs.getString("kind")));
		});
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

	private ConceptDetails details(int id, ConceptRef concept, Language language) {
		var alternatives = jdbc.sql("""
				select text from taxonomy.label where concept_id = :id and language = :language and not preferred
				order by text""").param("id", id).param("language", language.code()).query(String.class).list();
		var description = jdbc.sql("""
				select text, language from taxonomy.description where concept_id = :id and language in (:language, 'en')
				order by case language when :language then 0 else 1 end limit 1""")
			.param("id", id)
			.param("language", language.code())
			.query((rs, row) -> new LocalizedText(rs.getString("text"),
					Language.fromCode(rs.getString("language")).orElse(Language.EN),
					!rs.getString("language").equals(language.code())))
			.optional()
			.orElse(null);
		return new ConceptDetails(concept.id(), concept.uri(), concept.kind(), concept.label(), alternatives,
				description,
				related("select broader_id as rid from taxonomy.broader where concept_id = :id", id, language),
				related("select concept_id as rid from taxonomy.broader where broader_id = :id", id, language),
				related("select skill_id as rid from taxonomy.occupation_skill where occupation_id = :id and essential",
						id, language),
				related("select skill_id as rid from taxonomy.occupation_skill where occupation_id = :id and not essential",
						id, language));
	}

	private List<ConceptRef> related(String idsQuery, int id, Language language) {
		return jdbc
			.sql("select c.id, c.key, c.uri, c.kind, " + LABEL_COLUMNS + " from taxonomy.concept c " + LABEL_JOINS
					+ " where c.id in (" + idsQuery + ") order by label")
			.param("id", id)
			.param("language", language.code())
			.query((rs, row) -> ref(rs, language))
			.list();
	}

	private static ConceptRef ref(ResultSet rs, Language language) throws SQLException {
		return new ConceptRef(rs.getString("key"), rs.getString("uri"), ConceptKind.valueOf(rs.getString("kind")),
				label(rs, language));
	}

	private static LocalizedText label(ResultSet rs, Language language) throws SQLException {
		var fallback = rs.getBoolean("fallback");
		return new LocalizedText(rs.getString("label"), fallback ? Language.EN : language,
				fallback && language != Language.EN);
	}

	static @Nullable Language languageOrNull(@Nullable String code) {
		return Language.fromCode(code).orElse(null);
	}

}
