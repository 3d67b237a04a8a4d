package fi.osaamo.dashboard;

import java.util.List;

import fi.osaamo.jobs.JobTask;
import fi.osaamo.matching.CityCandidates;
import org.jspecify.annotations.Nullable;

/**
 * An open job task for the growth team: the talents visible to the city who expressed
 * interest, and the matching engine's best candidates among them, each explained.
 *
 * @param task the task
 * @param employer the company's name
 * @param interested pseudonymous talents visible to the city who expressed interest
 * @param hiddenInterest how many others expressed interest but are not visible to the
 * city
 * @param candidates the best candidates, or {@code null} when ranking is switched off
 * @param star the favourite star
 */
public record JobPage(JobTask task, String employer, List<Talent> interested, int hiddenInterest,
		@Nullable List<CityCandidates.Candidate> candidates, StarButton star) {

	/**
	 * A talent in a list.
	 *
	 * @param person the person's id, for the link
	 * @param pseudonym their pseudonym
	 */
	public record Talent(String person, String pseudonym) {
	}

	public List<String> why(CityCandidates.Candidate candidate) {
		var lines = candidate.gap().explanation();
		return lines.isEmpty() ? lines : lines.subList(0, lines.size() - 1);
	}

}
