package fi.osaamo.matching.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A text read in one language: its words as stems, stop words left out, compounds split
 * into their parts. Each part keeps the position of the whole word it came from.
 */
final class Reading {

	private Reading() {
	}

	static List<Unit> of(String text, String language, Decompounder decompounder, WordForms forms) {
		var units = new ArrayList<Unit>();
		int clause = 0;
		int after = 0;
		for (var word : Words.of(text)) {
			clause += isBreak(text, after, word.start()) ? 1 : 0;
			after = word.end();
			add(units, word, clause, language, decompounder, forms);
		}
		return units;
	}

	/** Adds the stems of a word's parts, unless it is a stop word. */
	private static void add(List<Unit> units, Words.Word word, int clause, String language, Decompounder decompounder,
			WordForms forms) {
		var lower = word.lower();
		if (WordForms.isStopWord(language, lower)) {
			return;
		}
		var parts = word.isAlphabetic() ? decompounder.split(lower, forms) : List.of(lower);
		for (var part : parts) {
			units.add(new Unit(forms.stem(part), word, clause));
		}
	}

	private static boolean isBreak(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (".,;:!?()\n".indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	static String key(List<Unit> units, int from, int count) {
		var key = new StringBuilder(units.get(from).stem());
		for (int k = from + 1; k < from + count; k++) {
			key.append(' ').append(units.get(k).stem());
		}
		return key.toString();
	}

	/**
	 * One stem of a text.
	 *
	 * @param stem the stem
	 * @param word the word it is (a part of)
	 * @param clause the number of the clause it is in: punctuation starts a new one
	 */
	record Unit(String stem, Words.Word word, int clause) {
	}

}
