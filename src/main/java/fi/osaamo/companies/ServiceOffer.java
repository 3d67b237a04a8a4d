package fi.osaamo.companies;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A service of the region in a team's catalogue.
 *
 * @param id its id
 * @param name its name
 * @param kind its kind
 * @param provider who provides it
 * @param description what it offers
 * @param contact whom to contact
 * @param withdrawnAt when it was withdrawn from the catalogue
 * @param version for optimistic locking
 */
public record ServiceOffer(UUID id, String name, ServiceKind kind, String provider, @Nullable String description,
		@Nullable String contact, @Nullable Instant withdrawnAt, int version) {

	public boolean available() {
		return withdrawnAt == null;
	}

}
