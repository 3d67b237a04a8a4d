package fi.osaamo.dashboard;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fi.osaamo.companies.Financials;
import org.jspecify.annotations.Nullable;

/**
 * A company's revenue and operating profit per fiscal year as columns drawn on the server
 * (SVG): a pair of columns a year, losses below the zero line; the figures themselves are
 * in the table beside it.
 *
 * @param years every recorded year, oldest first
 * @param bars the columns of the last {@value #YEARS} years with revenue or profit
 * @param ticks the value lines: the largest value, zero and the largest loss
 * @param zeroY where the zero line is
 */
public record FinancialsChart(List<Financials> years, List<Bar> bars, List<Tick> ticks, int zeroY) {

	public static final int YEARS = 10;

	public static final int WIDTH = 640;

	public static final int HEIGHT = 240;

	static final int LEFT = 80;

	static final int TOP = 16;

	static final int BOTTOM = 28;

	static final int MIN_TICK_GAP = 14;

	static FinancialsChart of(List<Financials> years, Locale locale) {
		var withFigures = years.stream()
			.filter(year -> year.revenue() != null || year.operatingProfit() != null)
			.toList();
		var drawn = withFigures.subList(Math.max(0, withFigures.size() - YEARS), withFigures.size());
		long max = 0;
		long min = 0;
		for (var year : drawn) {
			max = Math.max(max, Math.max(value(year.revenue()), value(year.operatingProfit())));
			min = Math.min(min, value(year.operatingProfit()));
		}
		var scale = new Scale(max, Math.max(1, max - min));
		var zeroY = scale.y(0);
		var bars = new ArrayList<Bar>();
		var slot = drawn.isEmpty() ? 0 : (WIDTH - LEFT - 10) / drawn.size();
		var column = Math.max(6, Math.min(28, slot / 3));
		for (int i = 0; i < drawn.size(); i++) {
			var year = drawn.get(i);
			var x = LEFT + i * slot + (slot - 2 * column - 4) / 2;
			bars.add(new Bar(year.fiscalYear(), x, column, scale.rect(year.revenue()),
					scale.rect(year.operatingProfit()), x + column + 2, value(year.operatingProfit()) < 0, x + column));
		}
		var format = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
		format.setMaximumFractionDigits(1);
		var ticks = new ArrayList<Tick>();
		// A value line too close to the zero line would print over it.
		if (max > 0 && zeroY - TOP >= MIN_TICK_GAP) {
			ticks.add(new Tick(TOP, format.format(max) + " €"));
		}
		ticks.add(new Tick(zeroY, "0 €"));
		if (min < 0 && HEIGHT - BOTTOM - zeroY >= MIN_TICK_GAP) {
			ticks.add(new Tick(HEIGHT - BOTTOM, format.format(min) + " €"));
		}
		return new FinancialsChart(years, bars, ticks, zeroY);
	}

	private static long value(@Nullable Long euros) {
		return euros == null ? 0 : euros;
	}

	/**
	 * Where values fall on the chart: the largest at the top, the largest loss at the
	 * bottom.
	 */
	private record Scale(long max, long span) {

		int y(long euros) {
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
		return HEIGHT - 8;
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
	 */
	public record Bar(int year, int revenueX, int columnWidth, int @Nullable [] revenue, int @Nullable [] profit,
			int profitX, boolean loss, int labelX) {

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
