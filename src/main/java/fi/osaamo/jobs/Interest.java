package fi.osaamo.jobs;

import java.time.Instant;

import fi.osaamo.identity.PersonId;

/**
 * Someone expressed interest in a job task.
 *
 * @param person who
 * @param pseudonym their pseudonym
 * @param at when
 */
public record Interest(PersonId person, String pseudonym, Instant at) {
}
