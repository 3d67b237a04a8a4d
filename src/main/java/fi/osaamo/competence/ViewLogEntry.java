package fi.osaamo.competence;

import java.time.Instant;
import java.util.List;

/**
 * Someone looked at a shared mapping.
 *
 * @param viewer the viewer's pseudonym
 * @param organisation the organisation they looked for
 * @param sections what they saw
 * @param at when
 */
public record ViewLogEntry(String viewer, String organisation, List<Section> sections, Instant at) {
}
