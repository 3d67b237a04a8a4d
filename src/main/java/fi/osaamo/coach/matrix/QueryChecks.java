package fi.osaamo.coach.matrix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.messaging.SmsChecks;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a query typed in the matrix editor, every problem beside its field: the days, the
 * question in the three languages, and the answers (at least two, numbered 1 to 9 once
 * each, each with its words in the three languages, and a topic and a handler for an
 * answer that needs help). The whole message, answers and personal link included, must
 * fit ten text-message parts in each language.
 */
final class QueryChecks {

	private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[a-z0-9-]{1,40}");

	private QueryChecks() {
	}

	static StatusQuery read(QueryForm form) {
		var problems = new FormProblems();
		var days = problems.read(() -> number("days", form.days(), 0, 365));
		var every = text(form.everyDays()).isBlank() ? null
				: problems.read(() -> number("everyDays", form.everyDays(), 1, 90));
		var question = new Texts(problems.read(() -> question("textFi", form.textFi())),
				problems.read(() -> question("textSv", form.textSv())),
				problems.read(() -> question("textEn", form.textEn())));
		var options = options(form, problems);
		// A key comes back from the form: one that is not of the matrix's own making
		// starts
		// a new query rather than reaching into URLs and ids as typed.
		var key = form.isNew() || !KEY.matcher(text(form.key())).matches()
				? "q-" + UUID.randomUUID().toString().substring(0, 8) : text(form.key());
		var query = new StatusQuery(key, "END".equals(form.anchor()), days == null ? 0 : days, every, question,
				options);
		if (!problems.any()) {
			for (var language : List.of("fi", "sv", "en")) {
				problems.check(() -> SmsChecks.check(
						"text" + language.substring(0, 1).toUpperCase(Locale.ROOT) + language.substring(1),
						query.message(language), true));
			}
		}
		problems.throwIfAny();
		return query;
	}

	private static List<AnswerOption> options(QueryForm form, FormProblems problems) {
		var options = new ArrayList<AnswerOption>();
		var numbers = new HashSet<Integer>();
		for (int row = 0; row < QueryForm.ROWS; row++) {
			int at = row;
			if (blank(form, row)) {
				continue;
			}
			var number = problems.read(() -> number("number-" + at, QueryForm.at(form.number(), at), 1, 9));
			if (number != null && !numbers.add(number)) {
				problems.add(new InvalidInputException("number-" + at, "coach.matrix.form.numberTwice", number));
			}
			var label = new Texts(problems.read(() -> required("labelFi-" + at, QueryForm.at(form.labelFi(), at), 60)),
					problems.read(() -> required("labelSv-" + at, QueryForm.at(form.labelSv(), at), 60)),
					problems.read(() -> required("labelEn-" + at, QueryForm.at(form.labelEn(), at), 60)));
			var option = Routing.read(form, row, problems);
			options.add(new AnswerOption(number == null ? 0 : number, label, option.needsHelp(), option.topic(),
					option.handler()));
		}
		if (options.size() < 2) {
			problems.add(new InvalidInputException("number-0", "coach.matrix.form.twoAnswers"));
		}
		return options;
	}

	private static boolean blank(QueryForm form, int row) {
		return QueryForm.at(form.number(), row).isBlank() && QueryForm.at(form.labelFi(), row).isBlank()
				&& QueryForm.at(form.labelSv(), row).isBlank() && QueryForm.at(form.labelEn(), row).isBlank();
	}

	private static int number(String field, @Nullable String typed, int least, int most) {
		try {
			var value = Integer.parseInt(text(typed).strip());
			if (value >= least && value <= most) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// explained below
		}
		throw new InvalidInputException(field, "coach.matrix.form." + field.replaceAll("-\\d+$", ""), least, most);
	}

	/**
	 * The question in one language: its own message, as three look alike in a summary.
	 */
	private static String question(String field, @Nullable String typed) {
		if (text(typed).isBlank()) {
			throw new InvalidInputException(field, "coach.query.required." + field);
		}
		return required(field, typed, 300);
	}

	private static String required(String field, @Nullable String typed, int most) {
		var value = text(typed).strip();
		if (value.isEmpty()) {
			throw new InvalidInputException(field, "validation.required");
		}
		if (value.length() > most) {
			throw new InvalidInputException(field, "validation.tooLong", most);
		}
		return value;
	}

	private static String text(@Nullable String typed) {
		return typed == null ? "" : typed;
	}

	/** What an answer row means, read with its problems. */
	private record Routing(boolean needsHelp, @Nullable Topic topic, @Nullable HandlerRole handler) {

		static Routing read(QueryForm form, int row, FormProblems problems) {
			if (!"NEEDS_HELP".equals(QueryForm.at(form.meaning(), row))) {
				return new Routing(false, null, null);
			}
			var topic = problems.read(() -> value(Topic.class, "topic-" + row, QueryForm.at(form.topic(), row)));
			var handler = problems
				.read(() -> value(HandlerRole.class, "handler-" + row, QueryForm.at(form.handler(), row)));
			return new Routing(true, topic, handler);
		}

		private static <E extends Enum<E>> E value(Class<E> type, String field, String typed) {
			try {
				return Enum.valueOf(type, typed);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException(field, "coach.matrix.form.choose");
			}
		}

	}

}
