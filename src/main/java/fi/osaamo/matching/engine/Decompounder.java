package fi.osaamo.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Splits Finnish and Swedish compounds into words the taxonomy's labels use, so that
 * {@code ensiapukoulutus} names {@code ensiapu} and {@code hitsaussaumat} names
 * {@code hitsaus} and {@code saumat}. A word whose stem a label uses stays whole; any
 * other word is split where its first part and the rest (split again if need be) are
 * known, the longest first part first. Swedish may join the parts with an {@code s}
 * ({@code kvalitetskontroll}).
 */
final class Decompounder {

	static final int SHORTEST_HEAD = 3;

	static final int SHORTEST_TAIL = 4;

	private static final int MOST_PARTS = 4;

	private final Set<String> stems;

	private final boolean linkingS;

	/**
	 * @param stems the stems of every word of the labels of one language
	 * @param linkingS whether parts may be joined with an s (Swedish)
	 */
	Decompounder(Set<String> stems, boolean linkingS) {
		this.stems = stems;
		this.linkingS = linkingS;
	}

	/**
	 * The parts of a lower-case word.
	 * @param word the word
	 * @param forms the stemmer
	 * @return its parts as written, or the word alone
	 */
	List<String> split(String word, WordForms forms) {
		if (word.length() < SHORTEST_HEAD + SHORTEST_TAIL || stems.contains(forms.stem(word))) {
			return List.of(word);
		}
		var parts = parts(word, forms, MOST_PARTS);
		return parts == null ? List.of(word) : parts;
	}

	private @Nullable List<String> parts(String word, WordForms forms, int most) {
		for (int cut = word.length() - SHORTEST_TAIL; cut >= SHORTEST_HEAD; cut--) {
			var head = word.substring(0, cut);
			var parts = isKnown(head, forms) ? parts(head, word.substring(cut), forms, most) : null;
			if (parts != null) {
				return parts;
			}
		}
		return null;
	}

	/** The parts of a word cut into a known head and a tail, if the tail is known too. */
	private @Nullable List<String> parts(String head, String tail, WordForms forms, int most) {
		if (stems.contains(forms.stem(tail))) {
			return List.of(head, tail);
		}
		if (most <= 2 || tail.length() < SHORTEST_HEAD + SHORTEST_TAIL) {
			return null;
		}
		var rest = parts(tail, forms, most - 1);
		return rest == null ? null : joined(head, rest);
	}

	private static List<String> joined(String head, List<String> rest) {
		var all = new ArrayList<String>(rest.size() + 1);
		all.add(head);
		all.addAll(rest);
		return all;
	}

	boolean knows(String stem) {
		return stems.contains(stem);
	}

	private boolean isKnown(String head, WordForms forms) {
		return stems.contains(forms.stem(head)) || linkingS && head.length() > SHORTEST_HEAD && head.endsWith("s")
				&& stems.contains(forms.stem(head.substring(0, head.length() - 1)));
	}

}
