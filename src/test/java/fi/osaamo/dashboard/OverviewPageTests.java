package fi.osaamo.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The table by industry groups a year's months into calendar quarters, so that it fits a
 * screen in every language.
 */
class OverviewPageTests {

	@Test
	void twelveMonthsFromNovemberMakeFiveQuartersWithTheirCounts() {
		var months = new ArrayList<YearMonth>();
		for (var month = YearMonth.of(2025, 11); !month.isAfter(YearMonth.of(2026, 10)); month = month.plusMonths(1)) {
			months.add(month);
		}
		var counts = List.of(1, 0, 2, 0, 0, 0, 0, 3, 0, 0, 0, 4);
		var row = new OverviewPage.Row("C", "Teollisuus", counts, 10);
		var page = new OverviewPage("Tiimi", months, List.of(row), Map.of(), 10);
		assertThat(page.quarters()).extracting(OverviewPage.Quarter::first, OverviewPage.Quarter::last)
			.containsExactly(tuple(YearMonth.of(2025, 11), YearMonth.of(2025, 12)),
					tuple(YearMonth.of(2026, 1), YearMonth.of(2026, 3)),
					tuple(YearMonth.of(2026, 4), YearMonth.of(2026, 6)),
					tuple(YearMonth.of(2026, 7), YearMonth.of(2026, 9)),
					tuple(YearMonth.of(2026, 10), YearMonth.of(2026, 10)));
		assertThat(page.quarters()).extracting(quarter -> page.count(row, quarter)).containsExactly(1, 2, 3, 0, 4);
	}

}
