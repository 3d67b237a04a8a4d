package fi.osaamo.matching.engine;

import java.util.Map;
import java.util.function.Function;

/**
 * Tells which of Finnish, Swedish and English a text is written in: each word counts for
 * the languages whose stop words (Lucene's lists) include it, twice, and for those whose
 * skill labels use it or another form of it, once; a word with {@code å} counts for
 * Swedish. Job descriptions are long enough for this to settle the matter, and a list of
 * skills without a single stop word still uses the labels' words. A text with no such
 * word at all is read in the language given as the fallback.
 */
final class TextLanguage {

	private TextLanguage() {
	}

	static String of(String text, Map<String, PhraseIndex> indexes, Function<String, WordForms> forms,
			String fallback) {
		var scores = new java.util.HashMap<String, Integer>();
		for (var word : Words.of(text)) {
			if (word.isAlphabetic()) {
				count(word.lower(), indexes, forms, scores);
			}
		}
		return best(scores, fallback);
	}

	/** Counts a word (lower case) for each language it speaks for. */
	private static void count(String lower, Map<String, PhraseIndex> indexes, Function<String, WordForms> forms,
			Map<String, Integer> scores) {
		for (var language : indexes.keySet()) {
			var score = (WordForms.isStopWord(language, lower) ? 2 : 0)
					+ (indexes.get(language).knows(lower, forms.apply(language)) ? 1 : 0)
					+ (language.equals("sv") && lower.indexOf('å') >= 0 ? 2 : 0);
			scores.merge(language, score, Integer::sum);
		}
	}

	private static String best(Map<String, Integer> scores, String fallback) {
		var best = fallback;
		for (var entry : scores.entrySet()) {
			if (entry.getValue() > scores.getOrDefault(best, 0)) {
				best = entry.getKey();
			}
		}
		return best;
	}

}
