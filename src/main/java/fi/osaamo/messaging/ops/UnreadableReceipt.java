package fi.osaamo.messaging.ops;

import java.time.Instant;

/**
 * A delivery receipt that could not be read.
 *
 * @param raw its text as it came, numbers hidden
 * @param at when it came
 */
public record UnreadableReceipt(String raw, Instant at) {
}
