package fi.osaamo.competence;

import java.time.Instant;
import java.time.LocalDate;

import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A section shared with the HR specialists of an organisation.
 *
 * @param organisation with whom
 * @param section what
 * @param grantedAt since when
 * @param expiresOn until when (inclusive), or until revoked
 * @param endedOn when it ended because the person left the organisation, if it did
 */
public record Grant(OrganisationId organisation, Section section, Instant grantedAt, @Nullable LocalDate expiresOn,
		@Nullable LocalDate endedOn) {

	public boolean activeOn(LocalDate day) {
		return endedOn == null && (expiresOn == null || !day.isAfter(expiresOn));
	}

}
