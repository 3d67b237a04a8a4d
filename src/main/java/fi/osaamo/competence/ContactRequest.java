package fi.osaamo.competence;

import java.time.Instant;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A growth-team member's request to contact a talent.
 *
 * @param id its id
 * @param person the talent
 * @param city the team's city organisation
 * @param requester who asks
 * @param message what they wrote
 * @param status pending, approved or declined
 * @param createdAt when it was sent
 * @param answeredAt when the talent answered
 */
public record ContactRequest(UUID id, PersonId person, OrganisationId city, PersonId requester, String message,
		Status status, Instant createdAt, @Nullable Instant answeredAt) {

	/** Where a request stands. */
	public enum Status {

		PENDING, APPROVED, DECLINED

	}

}
