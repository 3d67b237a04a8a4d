package fi.osaamo.matching;

import fi.osaamo.jobs.JobTask;

/**
 * The comparison of the signed-in person with a job task.
 *
 * @param task the job task
 * @param gap the comparison
 * @param hasMapping whether the person has a mapping at all
 * @param studies studies that teach the missing and partly matched skills
 */
public record GapPage(JobTask task, Gap gap, boolean hasMapping, java.util.List<fi.osaamo.studies.Study> studies) {
}
