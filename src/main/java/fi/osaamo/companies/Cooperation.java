package fi.osaamo.companies;

import java.time.LocalDate;

/**
 * A company's cooperation with a service provider through the team's referrals.
 *
 * @param businessId the company
 * @param companyName its name
 * @param provider who provides the service
 * @param kind the kind of service (apprenticeships being one)
 * @param referrals how many of the company's needs were referred to the provider's
 * services of this kind
 * @param met how many of those needs were met
 * @param latest when the latest referral was made
 */
public record Cooperation(String businessId, String companyName, String provider, ServiceKind kind, int referrals,
		int met, LocalDate latest) {
}
