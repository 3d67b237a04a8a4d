package fi.osaamo.jobs;

/**
 * Whether a required skill is a must or a plus.
 */
public enum Importance {

	MUST, NICE

}
