package fi.osaamo.messaging.smpp;

import java.time.Instant;

import fi.osaamo.messaging.SmsEncoding;
import org.jspecify.annotations.Nullable;

/**
 * A part the simulated SMSC accepted.
 *
 * @param smscId the id it gave the part
 * @param session the bind it came through
 * @param source the sender id
 * @param destination the number, E.164
 * @param encoding how it was coded
 * @param concatenation reference, total and sequence number, or {@code null}
 * @param text the part's text
 * @param at when it came
 */
public record Submission(String smscId, String session, String source, String destination, SmsEncoding encoding,
		int @Nullable [] concatenation, String text, Instant at) {
}
