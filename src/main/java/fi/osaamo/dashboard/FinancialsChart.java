package fi.osaamo.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import fi.osaamo.companies.FinancialYear;
import org.jspecify.annotations.Nullable;

/**
 * A company's revenue and operating profit per fiscal year as columns drawn on the server
 * (SVG): a pair of columns a year, losses below the zero line; the figures themselves are
 * in the table beside it. A year's figures come from the financial statement the company
 * filed to the trade register when there is one, otherwise from what the team recorded
 * ({@link fi.osaamo.companies.FinancialRecords#yearByYear} decides).
 *
 * @param years every year's rows, oldest first: the filed statements, then what the team
 * recorded
 * @param bars the columns of the last {@value #YEARS} years with revenue or profit
 * @param ticks the value lines: the largest value, zero and the largest loss
 * @param zeroY where the zero line is
 */
public record FinancialsChart(List<FinancialsRow> years, List<Bar> bars, List<Tick> ticks, int zeroY) {

	public static final int YEARS = 10;

	public static final int WIDTH = 640;

	public static final int HEIGHT = 240;

	static final int LEFT = 80;

	static final int TOP = 16;

	static final int BOTTOM = 28;

	static final int MIN_TICK_GAP = 14;

	static FinancialsChart of(List<FinancialYear> years, Locale locale) {
		var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		var rows = years.stream().map(year -> FinancialsRow.of(year, dates)).toList();
		var drawn = drawn(years, dates);
		var scale = FinancialsScale.of(drawn);
		return new FinancialsChart(rows, bars(drawn, scale), scale.ticks(locale), scale.y(0));
	}

	/**
	 * The years drawn: the last {@value #YEARS} with revenue or profit.
	 */
	private static List<FinancialsRow> drawn(List<FinancialYear> years, DateTimeFormatter dates) {
		// One pair of columns a year: its figures of record
		// (FinancialRecords#yearByYear).
		var withFigures = years.stream()
			.filter(FinancialYear::ofRecord)
			.filter(year -> year.revenue() != null || year.operatingProfit() != null)
			.map(year -> FinancialsRow.of(year, dates))
			.toList();
		return withFigures.subList(Math.max(0, withFigures.size() - YEARS), withFigures.size());
	}

	private static List<Bar> bars(List<FinancialsRow> drawn, FinancialsScale scale) {
		var bars = new ArrayList<Bar>();
		var slot = drawn.isEmpty() ? 0 : (WIDTH - LEFT - 10) / drawn.size();
		var column = Math.max(6, Math.min(28, slot / 3));
		for (int i = 0; i < drawn.size(); i++) {
			var year = drawn.get(i);
			var x = LEFT + i * slot + (slot - 2 * column - 4) / 2;
			bars.add(bar(year, x, column, scale));
		}
		return bars;
	}

	private static Bar bar(FinancialsRow year, int x, int column, FinancialsScale scale) {
		return new Bar(year.fiscalYear(), x, column, scale.rect(year.revenue()), scale.rect(year.operatingProfit()),
				x + column + 2, value(year.operatingProfit()) < 0, x + column, year.filed());
	}

	static long value(@Nullable Long euros) {
		return euros == null ? 0 : euros;
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public int left() {
		return LEFT;
	}

	public int yearY() {
		return HEIGHT - 3;
	}

	/**
	 * Where the mark of each year's source is drawn, between the columns and the year.
	 * @return the baseline of the mark
	 */
	public int sourceY() {
		return HEIGHT - 15;
	}

	/**
	 * One fiscal year's columns.
	 *
	 * @param year the fiscal year
	 * @param revenueX where the revenue column starts
	 * @param columnWidth the width of a column
	 * @param revenue top and height of the revenue column, if known
	 * @param profit top and height of the profit column, if known
	 * @param profitX where the profit column starts
	 * @param loss whether the year made a loss
	 * @param labelX where the year's label is centred
	 * @param filed whether the figures come from a statement filed in the trade register,
	 * rather than from the team
	 */
	public record Bar(int year, int revenueX, int columnWidth, int @Nullable [] revenue, int @Nullable [] profit,
			int profitX, boolean loss, int labelX, boolean filed) {

		public boolean hasRevenue() {
			return revenue != null;
		}

		public boolean hasProfit() {
			return profit != null;
		}

	}

	/**
	 * A value line with its label.
	 *
	 * @param y where it is
	 * @param label the value
	 */
	public record Tick(int y, String label) {
	}

}
