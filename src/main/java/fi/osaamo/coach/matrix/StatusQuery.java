package fi.osaamo.coach.matrix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A status query of the matrix: when it goes out relative to the on-the-job period, its
 * text and the answers it offers.
 *
 * @param key its stable key in the matrix, e.g. {@code q1}
 * @param fromEnd whether the days count back from the period's last day (else from its
 * first)
 * @param days how many days from the first day (or before the last)
 * @param everyDays repeated every so many days until the period ends, if given
 * @param text the question
 * @param options the answers it offers
 */
public record StatusQuery(String key, boolean fromEnd, int days, @Nullable Integer everyDays, Texts text,
		List<AnswerOption> options) {

	/**
	 * The days this query goes out on in a period: only days within the period.
	 * @param first the period's first day
	 * @param last its last day
	 * @return the days, in order
	 */
	public List<LocalDate> days(LocalDate first, LocalDate last) {
		var dates = new ArrayList<LocalDate>();
		var day = this.fromEnd ? last.minusDays(this.days) : first.plusDays(this.days);
		while (!day.isAfter(last) && dates.size() < 100) {
			if (!day.isBefore(first)) {
				dates.add(day);
			}
			if (this.everyDays == null || this.everyDays <= 0) {
				break;
			}
			day = day.plusDays(this.everyDays);
		}
		return dates;
	}

	/**
	 * The message an apprentice receives: the question and the numbered answers.
	 * @param language fi, sv or en
	 * @return the text
	 */
	public String message(String language) {
		var message = new StringBuilder(this.text.in(language).strip());
		for (var option : this.options) {
			message.append('\n').append(option.number()).append(" = ").append(option.label().in(language).strip());
		}
		return message.toString();
	}

}
