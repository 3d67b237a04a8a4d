package fi.osaamo.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One look at, or change of, a person's data.
 *
 * @param actor who did it, if known: the name they gave for their work, or their
 * pseudonym
 * @param action what was done
 * @param purpose why, as the caller said
 * @param at when
 * @param self whether the person did it themselves
 */
public record AccessLogEntry(@Nullable String actor, String action, @Nullable String purpose, Instant at,
		boolean self) {
}
