package fi.osaamo.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.companies.Financials;
import fi.osaamo.identity.PersonId;
import fi.osaamo.companies.FinancialYear;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The financials chart's geometry: columns in proportion, losses below the zero line,
 * only the last ten years drawn, value lines that never print over each other.
 */
class FinancialsChartTests {

	static final PersonId SOMEONE = new PersonId(UUID.randomUUID());

	@Test
	void columnsAreInProportionAndALossHangsBelowTheZeroLine() {
		var chart = FinancialsChart.of(List.of(year(2023, 1_000_000L, -500_000L), year(2024, 2_000_000L, 250_000L)),
				Locale.ENGLISH);
		var first = chart.bars().get(0);
		var second = chart.bars().get(1);
		assertThat(second.revenue()[1]).isCloseTo(2 * first.revenue()[1], org.assertj.core.data.Offset.offset(1));
		assertThat(second.revenue()[0] + second.revenue()[1]).isEqualTo(chart.zeroY());
		assertThat(first.loss()).isTrue();
		assertThat(first.profit()[0]).isEqualTo(chart.zeroY());
		assertThat(first.profit()[1]).isCloseTo(first.revenue()[1] / 2, org.assertj.core.data.Offset.offset(1));
		assertThat(second.loss()).isFalse();
		assertThat(chart.ticks()).extracting(FinancialsChart.Tick::label).containsExactly("2M €", "0 €", "-500K €");
	}

	@Test
	void onlyTheLastTenYearsWithFiguresAreDrawnAndCloseLinesAreLeftOut() {
		var years = new java.util.ArrayList<FinancialYear>();
		for (int year = 2010; year <= 2024; year++) {
			years.add(year(year, 1_000_000L, year == 2024 ? -1_000L : 10_000L));
		}
		years.add(recorded(new Financials(2025, null, null, 12, "Henkilöstöilmoitus", SOMEONE, Instant.now())));
		var chart = FinancialsChart.of(years, Locale.ENGLISH);
		assertThat(chart.bars()).hasSize(10).first().extracting(FinancialsChart.Bar::year).isEqualTo(2015);
		assertThat(chart.years()).hasSize(16);
		// The loss of 1,000 € is a sliver: its value line would overprint the zero line.
		assertThat(chart.ticks()).extracting(FinancialsChart.Tick::label).containsExactly("1M €", "0 €");
	}

	@Test
	void aYearIsDrawnFromItsFiguresOfRecordAndEveryRowStaysInTheTable() {
		// As FinancialRecords#yearByYear gives them: 2024 was filed and recorded too.
		var years = List.of(
				new FinancialYear(2022, null, LocalDate.of(2022, 6, 30), 500_000L, null, null, null, null, true),
				year(2023, 900_000L, 10_000L), new FinancialYear(2024, LocalDate.of(2024, 1, 1),
						LocalDate.of(2024, 12, 31), 2_000_000L, -100_000L, null, 700_000L, null, true),
				notOfRecord(year(2024, 1_000_000L, 50_000L)));
		var chart = FinancialsChart.of(years, Locale.ENGLISH);
		assertThat(chart.years()).extracting(FinancialsRow::fiscalYear, FinancialsRow::filed)
			.containsExactly(tuple(2022, true), tuple(2023, false), tuple(2024, true), tuple(2024, false));
		assertThat(chart.years().get(2).period()).isEqualTo("Jan 1, 2024–Dec 31, 2024");
		assertThat(chart.years().get(0).period()).isEqualTo("Jun 30, 2022");
		assertThat(chart.years().get(1).period()).isNull();
		assertThat(chart.bars()).extracting(FinancialsChart.Bar::year).containsExactly(2022, 2023, 2024);
		// Each year's columns say where their figures come from.
		assertThat(chart.bars()).extracting(FinancialsChart.Bar::filed).containsExactly(true, false, true);
		// 2024 is drawn from the statement: the largest revenue and an operating loss.
		var last = chart.bars().get(2);
		assertThat(last.loss()).isTrue();
		assertThat(last.revenue()[0]).isEqualTo(FinancialsChart.TOP);
		assertThat(chart.bars().get(0).hasProfit()).isFalse();
	}

	private static FinancialYear year(int year, Long revenue, Long profit) {
		return recorded(new Financials(year, revenue, profit, null, "Tilinpäätös", SOMEONE, Instant.now()));
	}

	private static FinancialYear recorded(Financials year) {
		return new FinancialYear(year.fiscalYear(), null, LocalDate.of(year.fiscalYear(), 12, 31), year.revenue(),
				year.operatingProfit(), year.personnel(), null, year, true);
	}

	private static FinancialYear notOfRecord(FinancialYear year) {
		return new FinancialYear(year.fiscalYear(), year.periodStart(), year.periodEnd(), year.revenue(),
				year.operatingProfit(), year.personnel(), year.personnelExpenses(), year.recorded(), false);
	}

}
