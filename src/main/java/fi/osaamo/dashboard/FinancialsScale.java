package fi.osaamo.dashboard;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fi.osaamo.dashboard.FinancialsChart.Tick;
import org.jspecify.annotations.Nullable;

import static fi.osaamo.dashboard.FinancialsChart.BOTTOM;
import static fi.osaamo.dashboard.FinancialsChart.HEIGHT;
import static fi.osaamo.dashboard.FinancialsChart.MIN_TICK_GAP;
import static fi.osaamo.dashboard.FinancialsChart.TOP;
import static fi.osaamo.dashboard.FinancialsChart.value;

/**
 * Where values fall on the chart: the largest at the top, the largest loss at the bottom.
 */
record FinancialsScale(long max, long min) {

	/**
	 * The scale of the drawn years: from their largest value down to their largest loss,
	 * or zero.
	 */
	static FinancialsScale of(List<FinancialsRow> drawn) {
		long max = 0;
		long min = 0;
		for (var year : drawn) {
			max = Math.max(max, Math.max(value(year.revenue()), value(year.operatingProfit())));
			min = Math.min(min, value(year.operatingProfit()));
		}
		return new FinancialsScale(max, min);
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

	/**
	 * The value lines: the largest value, zero and the largest loss, as far as they fit.
	 */
	List<Tick> ticks(Locale locale) {
		var format = format(locale);
		var ticks = new ArrayList<Tick>();
		// A value line too close to the zero line would print over it.
		if (max > 0 && y(0) - TOP >= MIN_TICK_GAP) {
			ticks.add(new Tick(TOP, format.format(max) + " €"));
		}
		ticks.add(new Tick(y(0), "0 €"));
		if (min < 0 && HEIGHT - BOTTOM - y(0) >= MIN_TICK_GAP) {
			ticks.add(new Tick(HEIGHT - BOTTOM, format.format(min) + " €"));
		}
		return ticks;
	}

	private static NumberFormat format(Locale locale) {
		var format = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
		format.setMaximumFractionDigits(1);
		return format;
	}

}
