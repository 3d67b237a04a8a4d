package fi.osaamo.organisation;

import java.time.Instant;
import java.util.UUID;

import fi.osaamo.identity.PersonId;

/**
 * An open invitation to hold a role in an organisation: the role is granted only when the
 * invited person accepts.
 *
 * @param id its id
 * @param organisationId the organisation
 * @param organisationName its name
 * @param organisationType its kind
 * @param person who is invited
 * @param invitee the invited person's pseudonym
 * @param role the role offered
 * @param inviter who invited, by pseudonym
 * @param createdAt when
 * @param expiresAt until when it may be accepted
 */
public record Invitation(UUID id, OrganisationId organisationId, String organisationName,
		OrganisationType organisationType, PersonId person, String invitee, Role role, String inviter,
		Instant createdAt, Instant expiresAt) {
}
