package fi.osaamo.competence;

import fi.osaamo.identity.PersonId;

/**
 * A person's skills or targets changed.
 *
 * @param person whose mapping
 */
public record MappingChanged(PersonId person) {
}
