package fi.osaamo.matching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.JobId;
import org.jspecify.annotations.Nullable;

/**
 * A suggestion that an employee could take a job task, as shown to HR and to the
 * employee.
 *
 * @param id the suggestion
 * @param job the job task
 * @param jobTitle its title
 * @param person the employee
 * @param pseudonym the employee's pseudonym
 * @param score the score when suggested
 * @param summary the explanation shown when suggested
 * @param suggestedAt when
 * @param status PROPOSED, ACCEPTED or DISMISSED
 * @param reason the reason HR gave for the decision
 * @param decidedAt when HR decided
 * @param contests the employee's contests and HR's answers
 */
public record Suggestion(UUID id, JobId job, String jobTitle, PersonId person, String pseudonym, int score,
		Summary summary, Instant suggestedAt, String status, @Nullable String reason, @Nullable Instant decidedAt,
		List<Contest> contests) {

	public boolean proposed() {
		return status.equals("PROPOSED");
	}

	public boolean awaitsAnswer() {
		return contests.stream().anyMatch(contest -> contest.answer() == null);
	}

	/**
	 * What the suggestion's explanation says, put into words by whoever reads it.
	 *
	 * @param matched how many required skills the employee meets at the required level
	 * @param required how many skills the task requires
	 * @param legacy the sentence an older suggestion was made with, or {@code null}
	 */
	public record Summary(int matched, int required, @org.jspecify.annotations.Nullable String legacy) {
	}

	/**
	 * An employee's contest of a suggestion.
	 *
	 * @param id the contest
	 * @param text what the employee wrote
	 * @param at when
	 * @param answer HR's answer, if given
	 * @param answeredAt when
	 */
	public record Contest(UUID id, String text, Instant at, @Nullable String answer, @Nullable Instant answeredAt) {
	}

}
