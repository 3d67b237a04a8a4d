package fi.osaamo.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Finds the runs of a text's stems that name skills: first, from left to right, the
 * longest run equal to a label (or an abbreviation); then labels of two or three stems
 * whose words come in their order within one clause with one other word among them ("load
 * and unload cargo", "meat and fish dishes"), unless the words already belong to a match.
 */
final class PhraseMatcher {

	private final PhraseIndex index;

	private final Abbreviations abbreviations;

	PhraseMatcher(PhraseIndex index, Abbreviations abbreviations) {
		this.index = index;
		this.abbreviations = abbreviations;
	}

	List<Found> find(List<Reading.Unit> units) {
		var found = new ArrayList<Found>();
		var covered = new boolean[units.size()];
		int i = 0;
		while (i < units.size()) {
			var length = longestAt(units, i);
			var uri = length > 0 ? index.entry(Reading.key(units, i, length)).uri() : abbreviations.uri(units.get(i));
			length = Math.max(1, length);
			if (uri != null) {
				found.add(new Found(uri, i, i + length - 1));
				java.util.Arrays.fill(covered, i, i + length, true);
			}
			i += length;
		}
		for (int anchor = 0; anchor < units.size(); anchor++) {
			for (var label : index.loose(units.get(anchor).stem())) {
				var at = apart(units, anchor, label.stems(), covered);
				if (at != null) {
					found.add(new Found(label.uri(), at[0], at[1]));
				}
			}
		}
		found.sort(Comparator.comparingInt(Found::first));
		return found;
	}

	private int longestAt(List<Reading.Unit> units, int from) {
		for (int n = Math.min(PhraseIndex.MOST_UNITS, units.size() - from); n >= 1; n--) {
			var entry = index.entry(Reading.key(units, from, n));
			if (entry != null
					&& (!entry.capitalised() || Character.isUpperCase(units.get(from).word().text().charAt(0)))) {
				return n;
			}
		}
		return 0;
	}

	// Where the label's stems come in their order around the anchor, or null.
	private static int @Nullable [] apart(List<Reading.Unit> units, int anchor, String[] stems, boolean[] covered) {
		for (int first = Math.max(0, anchor - stems.length); first <= anchor; first++) {
			var last = inOrder(units, first, stems);
			if (last >= anchor && !allCovered(covered, first, last)) {
				return new int[] { first, last };
			}
		}
		return null;
	}

	// The last unit of the stems in order from the first, with one other unit at most.
	private static int inOrder(List<Reading.Unit> units, int first, String[] stems) {
		var clause = units.get(first).clause();
		var at = first;
		for (var stem : stems) {
			while (at < units.size() && at <= first + stems.length && units.get(at).clause() == clause
					&& !units.get(at).stem().equals(stem)) {
				at++;
			}
			if (at >= units.size() || at > first + stems.length || units.get(at).clause() != clause) {
				return -1;
			}
			at++;
		}
		return units.get(first).stem().equals(stems[0]) ? at - 1 : -1;
	}

	private static boolean allCovered(boolean[] covered, int first, int last) {
		for (int at = first; at <= last; at++) {
			if (!covered[at]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A skill named by the units from first to last.
	 *
	 * @param uri the skill
	 * @param first its first unit
	 * @param last its last unit
	 */
	record Found(String uri, int first, int last) {
	}

}
