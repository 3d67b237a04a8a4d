package fi.osaamo.messaging.ops;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A reply from a number no message went to.
 *
 * @param channel SMS or WEB
 * @param sender the number with its middle hidden, or {@code null} if unknown
 * @param text the reply
 * @param at when it came
 */
public record UnknownReply(String channel, @Nullable String sender, String text, Instant at) {
}
