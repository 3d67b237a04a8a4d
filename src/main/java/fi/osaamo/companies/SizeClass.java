package fi.osaamo.companies;

/**
 * A company's size class by head count, as the EU defines small and medium-sized
 * enterprises (Commission Recommendation 2003/361/EC).
 */
public enum SizeClass {

	/** Fewer than 10 people. */
	MICRO,

	/** 10–49 people. */
	SMALL,

	/** 50–249 people. */
	MEDIUM,

	/** 250 people or more. */
	LARGE

}
