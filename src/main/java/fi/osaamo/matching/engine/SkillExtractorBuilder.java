package fi.osaamo.matching.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the labels a {@link SkillExtractor} finds skills by.
 */
public final class SkillExtractorBuilder {

	private final Map<String, List<PhraseIndex.Label>> labels = new HashMap<>();

	private final Map<String, Map<String, String>> preferred = new HashMap<>();

	private final Abbreviations abbreviations = Abbreviations.bundled();

	SkillExtractorBuilder() {
		for (var language : WordForms.STEMMERS.keySet()) {
			labels.put(language, new ArrayList<>());
			preferred.put(language, new HashMap<>());
		}
	}

	/**
	 * Adds a label of a skill.
	 * @param uri the skill
	 * @param language the label's language
	 * @param text the label
	 * @param isPreferred whether it is the preferred label
	 * @param isKnowledge whether the concept is knowledge (its labels name a thing)
	 * rather than a skill (its labels start with a verb)
	 * @return this builder
	 */
	public SkillExtractorBuilder label(String uri, String language, String text, boolean isPreferred,
			boolean isKnowledge) {
		var ofLanguage = labels.get(language);
		if (ofLanguage != null) {
			add(language, ofLanguage, uri, text, isPreferred, !isKnowledge);
		}
		return this;
	}

	private void add(String language, List<PhraseIndex.Label> ofLanguage, String uri, String text, boolean isPreferred,
			boolean skill) {
		if (isPreferred) {
			preferred.get(language).put(uri, text);
		}
		ofLanguage.add(new PhraseIndex.Label(uri, text, isPreferred, skill));
		// "Java (computer programming)" is written "Java".
		var qualifier = text.indexOf(" (");
		if (qualifier > 0 && text.endsWith(")")) {
			ofLanguage.add(new PhraseIndex.Label(uri, text.substring(0, qualifier), isPreferred, skill));
		}
		abbreviations.offer(uri, text.strip());
	}

	public SkillExtractor build() {
		var indexes = new HashMap<String, PhraseIndex>();
		labels.forEach((language, ofLanguage) -> {
			ofLanguage.addAll(abbreviations.terms(language));
			indexes.put(language, PhraseIndex.build(language, ofLanguage));
		});
		return new SkillExtractor(Map.copyOf(indexes), abbreviations, preferred);
	}

}
