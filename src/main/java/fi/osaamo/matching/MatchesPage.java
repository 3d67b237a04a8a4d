package fi.osaamo.matching;

import java.util.List;

/**
 * The open job tasks the person sees, best match first.
 *
 * @param matches the tasks with their comparisons
 * @param hasMapping whether the person has a mapping at all
 */
public record MatchesPage(List<Match> matches, boolean hasMapping) {

	/**
	 * One task.
	 *
	 * @param task the task
	 * @param gap the comparison
	 */
	public record Match(fi.osaamo.jobs.JobTask task, Gap gap) {
	}

}
