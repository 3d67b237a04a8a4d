package fi.osaamo.jobs;

/**
 * A job task was created, changed, closed or deleted.
 *
 * @param id the task
 * @param deleted whether it is gone
 */
public record JobChanged(JobId id, boolean deleted) {
}
