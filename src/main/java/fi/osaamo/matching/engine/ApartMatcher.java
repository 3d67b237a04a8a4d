package fi.osaamo.matching.engine;

import java.util.List;

import fi.osaamo.matching.engine.PhraseMatcher.Found;
import org.jspecify.annotations.Nullable;

/**
 * Finds labels of two or three stems whose words come in their order within one clause
 * with one other word among them ("load and unload cargo", "meat and fish dishes"),
 * unless the words already belong to a match.
 */
final class ApartMatcher {

	private final PhraseIndex index;

	ApartMatcher(PhraseIndex index) {
		this.index = index;
	}

	/**
	 * Finds labels of a few stems with their words apart, around each anchor stem.
	 * @param units the text's stems
	 * @param found the matches, to add to
	 * @param covered which units belong to a match already
	 */
	void find(List<Reading.Unit> units, List<Found> found, boolean[] covered) {
		for (int anchor = 0; anchor < units.size(); anchor++) {
			for (var label : index.loose(units.get(anchor).stem())) {
				var at = apart(units, anchor, label.stems(), covered);
				if (at != null) {
					found.add(new Found(label.uri(), at[0], at[1]));
				}
			}
		}
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
			at = next(units, at, first + stems.length, clause, stem);
			if (at < 0) {
				return -1;
			}
			at++;
		}
		return units.get(first).stem().equals(stems[0]) ? at - 1 : -1;
	}

	// Where a stem comes next from a unit, up to a bound and within a clause, or -1.
	private static int next(List<Reading.Unit> units, int from, int bound, int clause, String stem) {
		var at = from;
		while (at < units.size() && at <= bound && units.get(at).clause() == clause
				&& !units.get(at).stem().equals(stem)) {
			at++;
		}
		return at >= units.size() || at > bound || units.get(at).clause() != clause ? -1 : at;
	}

	private static boolean allCovered(boolean[] covered, int first, int last) {
		for (int at = first; at <= last; at++) {
			if (!covered[at]) {
				return false;
			}
		}
		return true;
	}

}
