package fi.osaamo.account;

import java.time.Instant;

/**
 * One password sign-in attempt in the log.
 *
 * @param at when
 * @param client from which address
 * @param username the name typed
 * @param outcome what became of it
 */
public record SignInAttempt(Instant at, String client, String username, Outcome outcome) {

	/** What became of an attempt. */
	public enum Outcome {

		SUCCESS, FAILURE, THROTTLED

	}

}
