package fi.osaamo.messaging.ops;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A message that was not delivered.
 *
 * @param key the sender's key
 * @param state FAILED or EXPIRED
 * @param error the error code, if any
 * @param at when it failed
 */
public record FailedMessage(String key, String state, @Nullable String error, Instant at) {

	/** The message key of the error in words, or {@code null} to show the code. */
	public @Nullable String errorKey() {
		return SmsErrorWords.key(this.error);
	}

}
