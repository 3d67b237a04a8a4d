package fi.osaamo.competence;

import fi.osaamo.jobs.JobId;
import fi.osaamo.jobs.JobStatus;

/**
 * A job task a person aims at, as a target of their development plan.
 *
 * @param jobId the job task
 * @param title its title
 * @param status whether it is open
 */
public record PlanJob(JobId jobId, String title, JobStatus status) {
}
