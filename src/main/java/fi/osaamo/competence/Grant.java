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
 */
public record Grant(OrganisationId organisation, Section section, Instant grantedAt, @Nullable LocalDate expiresOn) {

	public boolean activeOn(LocalDate day) {
		return expiresOn == null || !day.isAfter(expiresOn);
	}

}
