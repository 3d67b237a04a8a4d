package fi.osaamo.coach.matrix;

import java.time.LocalDate;
import java.util.List;

import fi.osaamo.coach.apprenticeships.Period;
import fi.osaamo.messaging.SmsText;
import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A school's message matrix, and what one apprentice would receive on which days.
 *
 * @param school the school
 * @param schoolName its name
 * @param matrix its matrix, if it has one
 * @param periods its apprenticeships, to preview one
 * @param previewed the apprenticeship previewed, if one was chosen
 * @param preview what it would receive
 */
public record MatrixPage(OrganisationId school, String schoolName, @Nullable MessageMatrix matrix, List<Period> periods,
		@Nullable Period previewed, List<Message> preview) {

	/**
	 * A message in the preview.
	 *
	 * @param day when it goes out
	 * @param query the query it asks
	 * @param sms the text as sent, with its personal link
	 */
	public record Message(LocalDate day, StatusQuery query, SmsText sms) {
	}

	public String base() {
		return "/coach/schools/" + this.school + "/matrix";
	}

	/** The message key and arguments saying when a query goes out. */
	public static Object[] when(StatusQuery query) {
		if (query.fromEnd()) {
			return new Object[] { "coach.matrix.when.beforeEnd", query.days() };
		}
		if (query.everyDays() != null) {
			return new Object[] { "coach.matrix.when.every", query.days() + 1, query.everyDays() };
		}
		return new Object[] { "coach.matrix.when.day", query.days() + 1 };
	}

	/** The message key of what an answer means. */
	public static String meaning(AnswerOption option) {
		return option.needsHelp() ? "coach.matrix.needsHelp" : "coach.matrix.fine";
	}

}
