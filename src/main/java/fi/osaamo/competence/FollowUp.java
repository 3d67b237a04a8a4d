package fi.osaamo.competence;

import java.time.LocalDate;

import fi.osaamo.identity.PersonId;

/**
 * A development dialogue to follow up, as the company's HR specialists list them.
 *
 * @param person the employee
 * @param pseudonym the employee's pseudonym
 * @param heldOn when the dialogue was held
 * @param followUpOn when to follow up
 */
public record FollowUp(PersonId person, String pseudonym, LocalDate heldOn, LocalDate followUpOn) {
}
