package fi.osaamo.messaging.sms;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message a sender claimed.
 *
 * @param id the row
 * @param key the sender's key
 * @param organisation the sending organisation
 * @param recipient the person
 * @param text the text, with its link
 * @param essential whether it goes even to a number that said STOP
 * @param attempts failed attempts so far
 * @param expiresAt when it is no longer worth sending
 * @param sentParts parts the SMSC already took (after a partial failure or a crash), by
 * number from 1, with their SMSC ids
 * @param numberKey the number's key, when known
 */
record Claimed(long id, String key, UUID organisation, UUID recipient, String text, boolean essential, int attempts,
		Instant expiresAt, Map<Integer, String> sentParts, @Nullable String numberKey) {
}
