package fi.osaamo.jobs;

/**
 * Where a job task is in its life: a draft only HR sees, open for interest, or closed.
 */
public enum JobStatus {

	DRAFT, OPEN, CLOSED

}
