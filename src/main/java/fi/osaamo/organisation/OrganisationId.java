package fi.osaamo.organisation;

import java.util.UUID;

/**
 * The identifier of an organisation.
 *
 * @param value the identifier
 */
public record OrganisationId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}

}
