package fi.osaamo.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One look at, or change of, a person's data.
 *
 * @param actor the pseudonym of who did it, if known
 * @param action what was done
 * @param purpose why, as the caller said
 * @param at when
 */
public record AccessLogEntry(@Nullable String actor, String action, @Nullable String purpose, Instant at) {
}
