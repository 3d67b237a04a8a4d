package fi.osaamo.competence;

import fi.osaamo.identity.PersonId;

/**
 * A person deleted their mapping; everything derived from it must go too.
 *
 * @param person whose mapping
 */
public record MappingDeleted(PersonId person) {
}
