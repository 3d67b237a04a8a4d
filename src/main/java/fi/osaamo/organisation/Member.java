package fi.osaamo.organisation;

import fi.osaamo.identity.PersonId;

/**
 * A person holding a role in an organisation: in a professional role shown by their work
 * name, as an employee by pseudonym.
 *
 * @param personId the person
 * @param pseudonym the person's pseudonym
 * @param name how the person is shown in this role: their work name in a professional
 * role (the pseudonym until they give one), the pseudonym as an employee
 * @param role the role
 */
public record Member(PersonId personId, String pseudonym, String name, Role role) {
}
