package fi.osaamo.matching.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Proposes taxonomy skills found in free text in Finnish, Swedish or English. The text's
 * language is told from its words ({@link TextLanguage}). Every label of every skill
 * (preferred and alternative) and the text are read the same way ({@link Reading}: stems,
 * stop words out, compounds split against the labels' own words), and the longest run of
 * stems that names a skill ({@link PhraseIndex}) is a match, reported with its position
 * in the original text; abbreviations come from a table ({@link Abbreviations}). Nothing
 * is stored: the caller shows the proposals and a person confirms them.
 */
public final class SkillExtractor {

	private final Map<String, PhraseIndex> indexes;

	private final Abbreviations abbreviations;

	private final Map<String, Map<String, String>> preferred;

	private final ThreadLocal<Map<String, WordForms>> forms = ThreadLocal.withInitial(HashMap::new);

	SkillExtractor(Map<String, PhraseIndex> indexes, Abbreviations abbreviations,
			Map<String, Map<String, String>> preferred) {
		this.indexes = indexes;
		this.abbreviations = abbreviations;
		this.preferred = preferred;
	}

	public static SkillExtractorBuilder builder() {
		return new SkillExtractorBuilder();
	}

	public boolean supports(String language) {
		return indexes.containsKey(language);
	}

	/**
	 * The language a text is written in.
	 * @param text the text
	 * @param fallback the language to assume when the text does not tell (fi, sv or en)
	 * @return fi, sv or en
	 */
	public String language(String text, String fallback) {
		return TextLanguage.of(text, indexes, this::forms, fallback);
	}

	/**
	 * The skills named in a text.
	 * @param text the text
	 * @param language its language: fi, sv or en
	 * @param readerLanguage the language of the skills' labels
	 * @return the matches in text order, each skill once (its first mention)
	 */
	public List<Match> extract(String text, String language, String readerLanguage) {
		var index = supported(language);
		var units = Reading.of(text, language, index.decompounder(), forms(language));
		var matches = new ArrayList<Match>();
		var seen = new HashSet<String>();
		for (var found : new PhraseMatcher(index, abbreviations).find(units)) {
			if (seen.add(found.uri())) {
				matches.add(match(text, units, found, language, readerLanguage));
			}
		}
		return matches;
	}

	private PhraseIndex supported(String language) {
		var index = indexes.get(language);
		if (index == null) {
			throw new IllegalArgumentException("unsupported language " + language);
		}
		return index;
	}

	private Match match(String text, List<Reading.Unit> units, PhraseMatcher.Found found, String language,
			String readerLanguage) {
		var start = units.get(found.first()).word().start();
		var end = units.get(found.last()).word().end();
		return new Match(found.uri(), label(found.uri(), readerLanguage), start, end, text.substring(start, end),
				language);
	}

	/**
	 * A skill's preferred label.
	 * @param uri the skill
	 * @param language the label's language
	 * @return the label in that language, else in English, else the URI
	 */
	public String label(String uri, String language) {
		var label = preferred.getOrDefault(language, Map.of()).get(uri);
		if (label == null) {
			label = preferred.get("en").get(uri);
		}
		return label == null ? uri : label;
	}

	PhraseIndex index(String language) {
		return indexes.get(language);
	}

	private WordForms forms(String language) {
		return forms.get().computeIfAbsent(language, WordForms::new);
	}

	/**
	 * A skill found in the text.
	 *
	 * @param uri the skill
	 * @param label its preferred label in the reader's language (or English)
	 * @param start where the matched phrase starts in the text
	 * @param end where it ends (exclusive)
	 * @param phrase the matched phrase as written
	 * @param language the language the text was read in
	 */
	public record Match(String uri, String label, int start, int end, String phrase, String language) {
	}

}
