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

	public NeedKind[] kindValues() {
		return NeedKind.values();
	}

	public int kind(NeedKind kind) {
		return kinds.getOrDefault(kind, 0);
	}

}
