package fi.osaamo.matching;

import java.util.List;

import fi.osaamo.jobs.JobTask;
import fi.osaamo.studies.Study;

/**
 * The comparison of the signed-in person with a job task.
 *
 * @param task the job task
 * @param gap the comparison
 * @param why the comparison in words, addressed to the person
 * @param method how the score is counted
 * @param hasMapping whether the person has a mapping at all
 * @param path a small set of studies that together teach the missing and partly matched
 * skills, in the order chosen
 */
public record GapPage(JobTask task, Gap gap, List<String> why, String method, boolean hasMapping, List<PathStep> path) {

	/**
	 * One study of the path.
	 *
	 * @param study the study
	 * @param adds the labels of the skills it is the first to teach
	 */
	public record PathStep(Study study, List<String> adds) {
	}

}
