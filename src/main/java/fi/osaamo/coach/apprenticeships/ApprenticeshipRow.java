package fi.osaamo.coach.apprenticeships;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An apprenticeship in a school's list.
 *
 * @param apprentice the apprentice's name
 * @param externalId the student system's id
 * @param company the workplace
 * @param qualification the qualification or module
 * @param cohort the student group, if any
 * @param startsOn the first day on the job
 * @param endsOn the last
 * @param instructor the workplace instructor's name
 * @param answer the apprentice's latest answer, if any
 */
public record ApprenticeshipRow(String apprentice, String externalId, String company, String qualification,
		@Nullable String cohort, LocalDate startsOn, LocalDate endsOn, String instructor,
		@Nullable LatestAnswer answer) {

	/**
	 * An apprentice's latest answer.
	 *
	 * @param reading FINE, NEEDS_HELP or UNCLEAR
	 * @param topic the topic of a need for help
	 * @param at when it came
	 */
	public record LatestAnswer(String reading, @Nullable String topic, java.time.Instant at) {
	}

}
