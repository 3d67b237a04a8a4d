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

	static @Nullable Integer year(FormProblems problems, String field, String text) {
		return problems.read(() -> {
			if (text.isEmpty()) {
				return null;
			}
			try {
				return Integer.valueOf(text);
			}
			catch (NumberFormatException ex) {
				throw new InvalidInputException(field, "validation.year");
			}
		});
	}

}
