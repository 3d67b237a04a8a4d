package fi.osaamo.coach.matrix;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A status query as typed in the matrix editor: every value kept as typed so that a
 * rejected form shows it again. The answers are rows of parallel lists, one entry per
 * row.
 *
 * @param key the query's key, blank for a new one
 * @param version the matrix version the change is made on
 * @param anchor START or END: whether the days count from the first day or back from the
 * last
 * @param days the days
 * @param everyDays repeat every so many days (blank for once)
 * @param textFi the question in Finnish
 * @param textSv in Swedish
 * @param textEn in English
 * @param number each answer's number
 * @param labelFi each answer in Finnish
 * @param labelSv in Swedish
 * @param labelEn in English
 * @param meaning each answer's meaning: FINE or NEEDS_HELP
 * @param topic each answer's topic when it needs help
 * @param handler each answer's first handler when it needs help
 */
public record QueryForm(@Nullable String key, @Nullable Integer version, @Nullable String anchor, @Nullable String days,
		@Nullable String everyDays, @Nullable String textFi, @Nullable String textSv, @Nullable String textEn,
		@Nullable List<String> number, @Nullable List<String> labelFi, @Nullable List<String> labelSv,
		@Nullable List<String> labelEn, @Nullable List<String> meaning, @Nullable List<String> topic,
		@Nullable List<String> handler) {

	/** How many answer rows the form has. */
	public static final int ROWS = 6;

	static QueryForm blank(int version) {
		return new QueryForm("", version, "START", "", "", "", "", "", List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of());
	}

	static QueryForm of(StatusQuery query, int version) {
		var options = query.options();
		return new QueryForm(query.key(), version, query.fromEnd() ? "END" : "START", String.valueOf(query.days()),
				query.everyDays() == null ? "" : String.valueOf(query.everyDays()), query.text().fi(),
				query.text().sv(), query.text().en(), map(options, o -> String.valueOf(o.number())),
				map(options, o -> o.label().fi()), map(options, o -> o.label().sv()), map(options, o -> o.label().en()),
				map(options, o -> o.needsHelp() ? "NEEDS_HELP" : "FINE"),
				map(options, o -> o.topic() == null ? "" : o.topic().name()),
				map(options, o -> o.handler() == null ? "" : o.handler().name()));
	}

	/**
	 * A value of an answer row as typed.
	 * @param column the list
	 * @param row the row, from 0
	 * @return the value, empty when there is none
	 */
	public static String at(@Nullable List<String> column, int row) {
		return column == null || row >= column.size() ? "" : column.get(row);
	}

	public boolean isNew() {
		return this.key == null || this.key.isBlank();
	}

	private static List<String> map(List<AnswerOption> options,
			java.util.function.Function<AnswerOption, String> value) {
		var values = new ArrayList<String>();
		options.forEach(option -> values.add(value.apply(option)));
		return values;
	}

}
