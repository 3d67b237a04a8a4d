package fi.osaamo.competence;

import java.time.Instant;
import java.util.List;

/**
 * Someone looked at a shared mapping.
 *
 * @param viewer the viewer as they act at work: the name they gave for their work, or
 * their pseudonym if they gave none
 * @param organisation the organisation they looked for
 * @param sections what they saw
 * @param at when
 */
public record ViewLogEntry(String viewer, String organisation, List<Section> sections, Instant at) {
}
