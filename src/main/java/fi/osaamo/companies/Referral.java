package fi.osaamo.companies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A need referred to a service.
 *
 * @param id its id
 * @param needId the need
 * @param serviceId the service
 * @param serviceName the service's name
 * @param provider who provides it
 * @param followUpOn when to follow up
 * @param outcome what came of it, once recorded
 * @param closedAt when the outcome was recorded
 * @param remindedAt when the reminder e-mail was sent
 */
public record Referral(UUID id, UUID needId, UUID serviceId, String serviceName, String provider, LocalDate followUpOn,
		@Nullable String outcome, @Nullable Instant closedAt, @Nullable Instant remindedAt) {

	public boolean open() {
		return closedAt == null;
	}

}
