package fi.osaamo.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the runs of a text's stems that name skills: first, from left to right, the
 * longest run equal to a label (or an abbreviation); then labels whose words come apart
 * ({@link ApartMatcher}).
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
		findWhole(units, found, covered);
		new ApartMatcher(index).find(units, found, covered);
		found.sort(Comparator.comparingInt(Found::first));
		return found;
	}

	/** Finds, from left to right, the longest runs equal to a label or abbreviation. */
	private void findWhole(List<Reading.Unit> units, List<Found> found, boolean[] covered) {
		int i = 0;
		while (i < units.size()) {
			i += matchAt(units, i, found, covered);
		}
	}

	/** Matches the longest run at a unit, if any. @return how many units to move on */
	private int matchAt(List<Reading.Unit> units, int i, List<Found> found, boolean[] covered) {
		var length = longestAt(units, i);
		var uri = length > 0 ? index.entry(Reading.key(units, i, length)).uri() : abbreviations.uri(units.get(i));
		length = Math.max(1, length);
		if (uri != null) {
			found.add(new Found(uri, i, i + length - 1));
			java.util.Arrays.fill(covered, i, i + length, true);
		}
		return length;
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
