package fi.osaamo.messaging.sms;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What became of a claimed message in one round.
 *
 * @param id the row
 * @param state SUBMITTED, QUEUED (again, for later), FAILED, EXPIRED or IN_DOUBT (no
 * answer came: settled from the receipts)
 * @param error why it failed or waits, if it did
 * @param due when to try again, for QUEUED
 * @param countsAttempt whether it was a failed attempt (a throttle or quiet hours are
 * not)
 * @param numberKey the number's key, when it was looked up
 * @param parts the parts the SMSC took in this round, by number from 1
 */
record Outcome(long id, String state, @Nullable String error, @Nullable Instant due, boolean countsAttempt,
		@Nullable String numberKey, Map<Integer, String> parts) {

	static Outcome failed(Claimed message, String error, @Nullable String numberKey) {
		return new Outcome(message.id(), "FAILED", error, null, false, numberKey, Map.of());
	}

	static Outcome later(Claimed message, Instant due, @Nullable String error) {
		return new Outcome(message.id(), "QUEUED", error, due, false, message.numberKey(), Map.of());
	}

}
