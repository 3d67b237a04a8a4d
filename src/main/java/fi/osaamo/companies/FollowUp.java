package fi.osaamo.companies;

import java.time.LocalDate;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * An open referral whose follow-up is near or past.
 *
 * @param referralId the referral
 * @param needId its need
 * @param businessId the company
 * @param companyName the company's name
 * @param need what the company needs
 * @param serviceName the service it was referred to
 * @param provider who provides the service
 * @param followUpOn when to follow up
 * @param manager the company's account manager
 */
public record FollowUp(UUID referralId, UUID needId, String businessId, String companyName, String need,
		String serviceName, String provider, LocalDate followUpOn, @Nullable PersonId manager) {
}
