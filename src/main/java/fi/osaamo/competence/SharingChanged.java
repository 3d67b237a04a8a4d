package fi.osaamo.competence;

import fi.osaamo.identity.PersonId;

/**
 * A person changed what they share, with whom.
 *
 * @param person the person
 */
public record SharingChanged(PersonId person) {
}
