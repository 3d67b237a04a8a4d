package fi.osaamo.organisation;

import fi.osaamo.identity.PersonId;

/**
 * A person no longer holds any role in an organisation (they left the company, say).
 * Published in the transaction that took the last role away, so that what the person
 * granted the organisation can end in the same transaction.
 *
 * @param person who left
 * @param organisation which organisation
 */
public record LeftOrganisation(PersonId person, OrganisationId organisation) {
}
