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

	/**
	 * The months grouped by calendar quarter, oldest first, so that the table by industry
	 * fits a screen; the chart above shows the months one by one.
	 * @return the quarters
	 */
	public List<Quarter> quarters() {
		var quarters = new java.util.ArrayList<Quarter>();
		for (var i = 0; i < months.size(); i++) {
			var month = months.get(i);
			var last = quarters.isEmpty() ? null : quarters.get(quarters.size() - 1);
			if (last != null && last.first().getYear() == month.getYear()
					&& (last.first().getMonthValue() - 1) / 3 == (month.getMonthValue() - 1) / 3) {
				last.indexes().add(i);
				quarters.set(quarters.size() - 1, new Quarter(last.first(), month, last.indexes()));
			}
			else {
				var indexes = new java.util.ArrayList<Integer>();
				indexes.add(i);
				quarters.add(new Quarter(month, month, indexes));
			}
		}
		return quarters;
	}

	/**
	 * An industry's needs in a quarter.
	 * @param row the industry
	 * @param quarter the quarter
	 * @return the needs
	 */
	public int count(Row row, Quarter quarter) {
		return quarter.indexes().stream().mapToInt(index -> row.counts().get(index)).sum();
	}

	/**
	 * Consecutive months of one calendar quarter.
	 *
	 * @param first its first month shown
	 * @param last its last month shown
	 * @param indexes the positions of its months among the months shown
	 */
	public record Quarter(YearMonth first, YearMonth last, List<Integer> indexes) {
	}

	public NeedKind[] kindValues() {
		return NeedKind.values();
	}

	public int kind(NeedKind kind) {
		return kinds.getOrDefault(kind, 0);
	}

}
