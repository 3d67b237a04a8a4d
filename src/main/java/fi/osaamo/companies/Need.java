package fi.osaamo.companies;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A company's need with its referrals.
 *
 * @param id its id
 * @param businessId the company
 * @param companyName the company's name
 * @param kind what kind
 * @param description what is needed
 * @param urgency how soon
 * @param status where it stands
 * @param industryCode the company's line of business when it was charted
 * @param updatedAt when it last changed
 * @param version for optimistic locking
 * @param referrals where it was referred, newest first
 */
public record Need(UUID id, String businessId, String companyName, NeedKind kind, String description, Urgency urgency,
		NeedStatus status, @Nullable String industryCode, Instant updatedAt, int version, List<Referral> referrals) {
}
