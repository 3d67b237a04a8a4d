package fi.osaamo.dashboard;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import fi.osaamo.companies.Financials;
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
public record FinancialsChart(List<Row> years, List<Bar> bars, List<Tick> ticks, int zeroY) {

	public static final int YEARS = 10;

	public static final int WIDTH = 640;

	public static final int HEIGHT = 240;

	static final int LEFT = 80;

	static final int TOP = 16;

	static final int BOTTOM = 28;

	static final int MIN_TICK_GAP = 14;

	static FinancialsChart of(List<FinancialYear> years, Locale locale) {
		var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		var rows = years.stream().map(year -> Row.of(year, dates)).toList();
		var drawn = drawn(years, dates);
		var scale = Scale.of(drawn);
		return new FinancialsChart(rows, bars(drawn, scale), ticks(scale, locale), scale.y(0));
	}

	/**
	 * The years drawn: the last {@value #YEARS} with revenue or profit.
	 */
	private static List<Row> drawn(List<FinancialYear> years, DateTimeFormatter dates) {
		// One pair of columns a year: its figures of record
		// (FinancialRecords#yearByYear).
		var withFigures = years.stream()
			.filter(FinancialYear::ofRecord)
			.filter(year -> year.revenue() != null || year.operatingProfit() != null)
			.map(year -> Row.of(year, dates))
			.toList();
		return withFigures.subList(Math.max(0, withFigures.size() - YEARS), withFigures.size());
	}

	private static List<Bar> bars(List<Row> drawn, Scale scale) {
		var bars = new ArrayList<Bar>();
		var slot = drawn.isEmpty() ? 0 : (WIDTH - LEFT - 10) / drawn.size();
		var column = Math.max(6, Math.min(28, slot / 3));
		for (int i = 0; i < drawn.size(); i++) {
			var year = drawn.get(i);
			var x = LEFT + i * slot + (slot - 2 * column - 4) / 2;
			bars.add(new Bar(year.fiscalYear(), x, column, scale.rect(year.revenue()),
					scale.rect(year.operatingProfit()), x + column + 2, value(year.operatingProfit()) < 0, x + column,
					year.filed()));
		}
		return bars;
	}

	private static List<Tick> ticks(Scale scale, Locale locale) {
		var format = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
		format.setMaximumFractionDigits(1);
		var zeroY = scale.y(0);
		var ticks = new ArrayList<Tick>();
		// A value line too close to the zero line would print over it.
		if (scale.max() > 0 && zeroY - TOP >= MIN_TICK_GAP) {
			ticks.add(new Tick(TOP, format.format(scale.max()) + " €"));
		}
		ticks.add(new Tick(zeroY, "0 €"));
		if (scale.min() < 0 && HEIGHT - BOTTOM - zeroY >= MIN_TICK_GAP) {
			ticks.add(new Tick(HEIGHT - BOTTOM, format.format(scale.min()) + " €"));
		}
		return ticks;
	}

	private static long value(@Nullable Long euros) {
		return euros == null ? 0 : euros;
	}

	/**
	 * Where values fall on the chart: the largest at the top, the largest loss at the
	 * bottom.
	 */
	private record Scale(long max, long min) {

		/**
		 * The scale of the drawn years: from their largest value down to their largest
		 * loss, or zero.
		 */
		static Scale of(List<Row> drawn) {
			long max = 0;
			long min = 0;
			for (var year : drawn) {
				max = Math.max(max, Math.max(value(year.revenue()), value(year.operatingProfit())));
				min = Math.min(min, value(year.operatingProfit()));
			}
			return new Scale(max, min);
		}

		int y(long euros) {
			var span = Math.max(1, max - min);
			return TOP + (int) Math.round((HEIGHT - TOP - BOTTOM) * (double) (max - euros) / span);
		}

		/** The top and height of a column for a value, or null when there is none. */
		int @Nullable [] rect(@Nullable Long euros) {
			if (euros == null) {
				return null;
			}
			var zero = y(0);
			var end = y(euros);
			return euros >= 0 ? new int[] { Math.min(end, zero - 1), Math.max(1, zero - end) }
					: new int[] { zero, Math.max(1, end - zero) };
		}

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
	 * One row of the table: a filed statement or the figures the team recorded.
	 *
	 * @param fiscalYear the fiscal year (the year it ended)
	 * @param periodEnd the last day of the fiscal period (31 December for recorded years)
	 * @param revenue revenue in euros
	 * @param operatingProfit operating profit in euros
	 * @param personnel average personnel, as the team recorded it
	 * @param personnelExpenses personnel expenses in euros, from a filed statement
	 * @param period the filed statement's period as text, or null for recorded figures
	 * @param recorded what the team recorded, or null for a filed statement
	 */
	public record Row(int fiscalYear, LocalDate periodEnd, @Nullable Long revenue, @Nullable Long operatingProfit,
			@Nullable Integer personnel, @Nullable Long personnelExpenses, @Nullable String period,
			@Nullable Financials recorded) {

		static Row of(FinancialYear year, DateTimeFormatter dates) {
			var start = year.periodStart();
			var period = year.filed()
					? (start == null ? "" : dates.format(start) + "–") + dates.format(year.periodEnd()) : null;
			return new Row(year.fiscalYear(), year.periodEnd(), year.revenue(), year.operatingProfit(),
					year.personnel(), year.personnelExpenses(), period, year.recorded());
		}

		/**
		 * Whether the row comes from the trade register.
		 * @return whether it was filed
		 */
		public boolean filed() {
			return recorded == null;
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
