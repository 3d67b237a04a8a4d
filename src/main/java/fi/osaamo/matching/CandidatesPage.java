package fi.osaamo.matching;

import java.util.List;

import fi.osaamo.jobs.JobTask;

/**
 * The people who share their skills with the company, best match first for a job task.
 *
 * @param task the task
 * @param candidates the people with their comparisons
 */
public record CandidatesPage(JobTask task, List<Candidate> candidates) {

	/**
	 * One person.
	 *
	 * @param person the person's id
	 * @param pseudonym their pseudonym
	 * @param gap the comparison
	 */
	public record Candidate(fi.osaamo.identity.PersonId person, String pseudonym, Gap gap) {
	}

}
