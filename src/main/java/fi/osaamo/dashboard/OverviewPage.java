package fi.osaamo.dashboard;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import fi.osaamo.companies.NeedKind;
import org.jspecify.annotations.Nullable;

/**
 * The team's needs over time: per industry (TOL 2008 section) and month, and per kind.
 *
 * @param teamName the team, or {@code null} for a user outside every growth team
 * @param months the months shown, oldest first
 * @param industries the rows: a section and its counts per month
 * @param kinds counts per kind of need over the months
 * @param total how many needs in all
 */
public record OverviewPage(@Nullable String teamName, List<YearMonth> months, List<Row> industries,
		Map<NeedKind, Integer> kinds, int total) {

	/**
	 * One industry.
	 *
	 * @param code the TOL 2008 section, or {@code ""} where unknown
	 * @param name its name
	 * @param counts the needs per month, in the order of the months
	 * @param total the needs in all
	 */
	public record Row(String code, String name, List<Integer> counts, int total) {
	}

	/**
	 * The needs of each month, all industries together, in the order of the months.
	 * @return the totals
	 */
	public List<Integer> monthTotals() {
		var totals = new java.util.ArrayList<Integer>();
		for (var i = 0; i < months.size(); i++) {
			var month = i;
			totals.add(industries.stream().mapToInt(row -> row.counts().get(month)).sum());
		}
		return totals;
	}

	/**
	 * A bar of the trend chart: its height out of {@value #CHART_HEIGHT} for a month's
	 * needs.
	 * @param needs the month's needs
	 * @return the height in the chart's units
	 */
	public int barHeight(int needs) {
		var most = monthTotals().stream().mapToInt(Integer::intValue).max().orElse(0);
		return most == 0 ? 0 : Math.round((float) CHART_HEIGHT * needs / most);
	}

	/** The height of the trend chart's bars area. */
	public static final int CHART_HEIGHT = 160;

	public NeedKind[] kindValues() {
		return NeedKind.values();
	}

	public int kind(NeedKind kind) {
		return kinds.getOrDefault(kind, 0);
	}

}
