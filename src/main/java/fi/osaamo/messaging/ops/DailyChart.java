package fi.osaamo.messaging.ops;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The last days' messages as stacked bars, drawn on the server as SVG beside a table of
 * the same figures: delivered at the bottom, failed or expired above, still on the way at
 * the top.
 *
 * @param days the days, oldest first
 */
public record DailyChart(List<Day> days) {

	public static final int LEFT = 40;

	static final int STEP = 44;

	public static final int BAR = 30;

	static final int TOP = 12;

	static final int BASE = 172;

	public DailyChart {
		days = List.copyOf(days);
	}

	/**
	 * One day's messages, by the day they were queued.
	 *
	 * @param day the day
	 * @param messages all messages queued that day
	 * @param delivered delivered to the phone
	 * @param failed failed
	 * @param expired not delivered in time
	 */
	public record Day(LocalDate day, long messages, long delivered, long failed, long expired) {

		/** Still queued, being sent or waiting for a receipt. */
		public long underway() {
			return this.messages - this.delivered - this.failed - this.expired;
		}

		/** Delivered of those whose fate is known, or {@code null} when none is known. */
		public @Nullable Double rate() {
			long known = this.delivered + this.failed + this.expired;
			return known == 0 ? null : (double) this.delivered / known;
		}

	}

	/**
	 * A piece of a bar.
	 *
	 * @param x left edge
	 * @param y top edge
	 * @param height height
	 * @param kind delivered, failed or underway
	 */
	public record Piece(int x, int y, int height, String kind) {
	}

	/**
	 * A line across the chart with its value.
	 *
	 * @param y where
	 * @param value the number of messages it marks
	 */
	public record Tick(int y, long value) {
	}

	public int width() {
		return LEFT + STEP * this.days.size() + 8;
	}

	public int height() {
		return BASE + 28;
	}

	public int labelY() {
		return BASE + 18;
	}

	/** The middle of a day's bar. */
	public int centre(int index) {
		return LEFT + STEP * index + STEP / 2;
	}

	public boolean empty() {
		return this.days.stream().allMatch(day -> day.messages() == 0);
	}

	public long total() {
		return this.days.stream().mapToLong(Day::messages).sum();
	}

	/** Delivered of all messages of these days whose fate is known. */
	public @Nullable Double rate() {
		var all = new Day(LocalDate.MIN, total(), sum(Day::delivered), sum(Day::failed), sum(Day::expired));
		return all.rate();
	}

	/** The top of the scale: 1, 2 or 5 times a power of ten, at least the busiest day. */
	public long scale() {
		long most = Math.max(1, this.days.stream().mapToLong(Day::messages).max().orElse(1));
		long power = 1;
		while (true) {
			for (long step : new long[] { 1, 2, 5 }) {
				if (step * power >= most) {
					return step * power;
				}
			}
			power *= 10;
		}
	}

	public List<Tick> ticks() {
		long top = scale();
		return top == 1 ? List.of(new Tick(BASE, 0), new Tick(TOP, 1))
				: List.of(new Tick(BASE, 0), new Tick(y(top / 2), top / 2), new Tick(TOP, top));
	}

	/**
	 * The pieces of a day's bar, bottom first; a kind with no messages has none, and one
	 * with a few among many is still seen.
	 */
	public List<Piece> pieces(int index) {
		var day = this.days.get(index);
		var pieces = new ArrayList<Piece>();
		int bottom = BASE;
		long[] counts = { day.delivered(), day.failed() + day.expired(), day.underway() };
		String[] kinds = { "delivered", "failed", "underway" };
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] > 0) {
				int height = Math.max(2, BASE - y(counts[i]));
				pieces.add(new Piece(centre(index) - BAR / 2, bottom - height, height, kinds[i]));
				bottom -= height;
			}
		}
		return pieces;
	}

	private int y(long value) {
		return BASE - (int) Math.round((double) value * (BASE - TOP) / scale());
	}

	private long sum(java.util.function.ToLongFunction<Day> figure) {
		return this.days.stream().mapToLong(figure).sum();
	}

}
