package fi.osaamo.competence;

import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a mapping's free-text fields and of its education and work-history
 * entries.
 */
final class MappingChecks {

	private MappingChecks() {
	}

	/**
	 * Checks an education entry, keeping every problem.
	 * @param problems where the problems go
	 * @param title the degree
	 * @param institution where it was taken
	 * @param year when it was completed
	 */
	static void checkEducation(FormProblems problems, @Nullable String title, @Nullable String institution,
			@Nullable Integer year) {
		problems.check(() -> checkRequired("educationTitle", title, CompetenceManagement.MAX_TEXT));
		problems.check(() -> checkLength("institution", institution, CompetenceManagement.MAX_TEXT));
		problems.check(() -> checkYear("completedYear", year));
	}

	/**
	 * Checks a work-history entry, keeping every problem.
	 * @param problems where the problems go
	 * @param title the job title
	 * @param employer the employer
	 * @param startYear the first year
	 * @param endYear the last year
	 */
	static void checkWork(FormProblems problems, @Nullable String title, @Nullable String employer,
			@Nullable Integer startYear, @Nullable Integer endYear) {
		problems.check(() -> checkRequired("workTitle", title, CompetenceManagement.MAX_TEXT));
		problems.check(() -> checkLength("employer", employer, CompetenceManagement.MAX_TEXT));
		problems.check(() -> checkYear("startYear", startYear));
		problems.check(() -> checkYear("endYear", endYear));
		if (startYear != null && endYear != null && endYear < startYear) {
			problems.check(() -> {
				throw new InvalidInputException("endYear", "validation.endBeforeStart");
			});
		}
	}

	private static void checkYear(String field, @Nullable Integer year) {
		if (year != null && (year < 1940 || year > 2100)) {
			throw new InvalidInputException(field, "validation.year");
		}
	}

	private static void checkRequired(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "validation.required");
		}
		checkLength(field, value, max);
	}

	static void checkLength(String field, @Nullable String value, int max) {
		if (value != null && value.strip().length() > max) {
			throw new InvalidInputException(field, "validation.tooLong", max);
		}
	}

}
