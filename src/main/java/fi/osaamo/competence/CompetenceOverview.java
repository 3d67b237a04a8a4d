package fi.osaamo.competence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How many of the people who share their skills with a company have each skill, at each
 * level. Counts of one to four people are suppressed, and where one suppressed cell could
 * be worked out from the row's total, a second cell is suppressed too, so that no one can
 * be singled out. Skills that fewer than {@value #THRESHOLD} people have are not listed.
 *
 * @param people how many people share their skills with the company
 * @param rows the skills at least {@value #THRESHOLD} people have, most common first
 * @param hiddenSkills how many skills were left out for having fewer people
 */
public record CompetenceOverview(int people, List<Row> rows, int hiddenSkills) {

	/** The smallest count shown. */
	public static final int THRESHOLD = 5;

	/**
	 * One skill.
	 *
	 * @param skillUri the ESCO skill
	 * @param total how many people have it
	 * @param levels the count per level 1–5, {@code null} where suppressed
	 */
	public record Row(String skillUri, int total, List<Integer> levels) {

		public boolean suppressed(int level) {
			return levels.get(level - 1) == null;
		}

	}

	/**
	 * Builds the overview from exact counts.
	 * @param people how many people share their skills
	 * @param skillUris the skills
	 * @param counts per skill, the count at each level 1–5
	 * @return the overview, with small counts suppressed
	 */
	static CompetenceOverview of(int people, List<String> skillUris, List<int[]> counts) {
		var rows = new ArrayList<Row>();
		int hidden = 0;
		for (int i = 0; i < skillUris.size(); i++) {
			var exact = counts.get(i);
			var total = Arrays.stream(exact).sum();
			if (total < THRESHOLD) {
				hidden++;
				continue;
			}
			rows.add(new Row(skillUris.get(i), total, suppress(exact)));
		}
		rows.sort(java.util.Comparator.comparingInt(Row::total).reversed().thenComparing(Row::skillUri));
		return new CompetenceOverview(people, List.copyOf(rows), hidden);
	}

	static List<Integer> suppress(int[] exact) {
		var shown = new Integer[exact.length];
		int suppressed = 0;
		for (int level = 0; level < exact.length; level++) {
			if (exact[level] > 0 && exact[level] < THRESHOLD) {
				suppressed++;
			}
			else {
				shown[level] = exact[level];
			}
		}
		if (suppressed == 1) {
			// The total would give the hidden count away: hide the smallest other cell
			// too.
			int smallest = -1;
			for (int level = 0; level < exact.length; level++) {
				if (shown[level] != null && (smallest < 0 || exact[level] < exact[smallest])) {
					smallest = level;
				}
			}
			if (smallest >= 0) {
				shown[smallest] = null;
			}
		}
		return java.util.Collections.unmodifiableList(Arrays.asList(shown));
	}

}
