package fi.osaamo.taxonomy;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The root of a searched word, for finding the other forms of it that labels use: Finnish
 * and Swedish inflect and derive by endings ({@code hitsaus}, {@code hitsauksen},
 * {@code hitsaaja}; {@code svetsning}, {@code svetsare}), so a label that shares the root
 * names the same thing more often than not. Only the longest known ending goes, and a
 * root keeps at least {@value #SHORTEST} letters, so that short words stay whole.
 */
final class WordRoots {

	static final int SHORTEST = 4;

	private static final List<String> FINNISH = List.of("uksien", "uksessa", "uksesta", "ukseen", "uksella", "uksen",
			"ukset", "uksia", "ajien", "ajat", "ajan", "aja", "aminen", "amaan", "minen", "jien", "jat", "ja", "us");

	private static final List<String> SWEDISH = List.of("ningarna", "ningar", "ningen", "ning", "arna", "aren", "are",
			"ande", "else", "erna");

	private static final List<String> ENGLISH = List.of("ings", "ing", "ers", "er", "ed");

	private static final List<String> ENDINGS = Stream.of(FINNISH, SWEDISH, ENGLISH)
		.flatMap(List::stream)
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();

	private WordRoots() {
	}

	/**
	 * A single word's root.
	 * @param word the word as typed
	 * @return the root, or the word itself when it has no known ending or is more than
	 * one word
	 */
	static String of(String word) {
		var folded = word.strip().toLowerCase(Locale.ROOT);
		if (folded.isEmpty() || !folded.chars().allMatch(Character::isLetter)) {
			return folded;
		}
		for (var ending : ENDINGS) {
			if (folded.endsWith(ending) && folded.length() - ending.length() >= SHORTEST) {
				return folded.substring(0, folded.length() - ending.length());
			}
		}
		return folded;
	}

}
