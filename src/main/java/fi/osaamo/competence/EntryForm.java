package fi.osaamo.competence;

import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * An education or work-history entry as the person typed it, kept as typed when it is
 * refused; years are read only when the entry is saved.
 *
 * @param title the degree or the job title
 * @param place the institution or the employer
 * @param year the year completed (education)
 * @param startYear the first year (work)
 * @param endYear the last year, empty while it goes on (work)
 */
public record EntryForm(String title, String place, String year, String startYear, String endYear) {

	/** An empty form. */
	public static final EntryForm EMPTY = new EntryForm("", "", "", "", "");

	/** Absent fields read as empty. */
	public EntryForm {
		title = title == null ? "" : title;
		place = place == null ? "" : place;
		year = year == null ? "" : year.strip();
		startYear = startYear == null ? "" : startYear.strip();
		endYear = endYear == null ? "" : endYear.strip();
	}

	static EntryForm of(Education education) {
		return new EntryForm(education.title(), text(education.institution()), text(education.completedYear()), "", "");
	}

	static EntryForm of(WorkExperience work) {
		return new EntryForm(work.title(), text(work.employer()), "", text(work.startYear()), text(work.endYear()));
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}

	/**
	 * The year completed, when the entry passes the checks of an education entry.
	 * @return the year, if given
	 */
	@Nullable Integer checkedEducationYear() {
		var problems = new FormProblems();
		var completed = year(problems, "completedYear", year);
		MappingChecks.checkEducation(problems, title, place, completed);
		problems.throwIfAny();
		return completed;
	}

	/**
	 * The years, when the entry passes the checks of a work-history entry.
	 * @return the first and last year, if given
	 */
	Years checkedWorkYears() {
		var problems = new FormProblems();
		var start = year(problems, "startYear", startYear);
		var end = year(problems, "endYear", endYear);
		MappingChecks.checkWork(problems, title, place, start, end);
		problems.throwIfAny();
		return new Years(start, end);
	}

	static @Nullable Integer year(FormProblems problems, String field, String text) {
		return problems.read(() -> parseYear(field, text));
	}

	private static @Nullable Integer parseYear(String field, String text) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, "validation.year");
		}
	}

	/** The first and last year of a work-history entry. */
	record Years(@Nullable Integer start, @Nullable Integer end) {
	}

}
