package fi.osaamo.competence;

import java.time.Instant;

/**
 * One dated assertion of a skill level.
 *
 * @param skillUri the skill
 * @param level the level asserted
 * @param provenance where it came from
 * @param at when
 */
public record Assertion(String skillUri, int level, Provenance provenance, Instant at) {
}
