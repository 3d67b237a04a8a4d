package fi.osaamo.organisation;

import fi.osaamo.identity.PersonId;

/**
 * A person holding a role in an organisation, shown by pseudonym.
 *
 * @param personId the person
 * @param pseudonym the person's pseudonym
 * @param role the role
 */
public record Member(PersonId personId, String pseudonym, Role role) {
}
