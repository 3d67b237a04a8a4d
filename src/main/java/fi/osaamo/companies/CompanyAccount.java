package fi.osaamo.companies;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A company as one team's account.
 *
 * @param team the team (city organisation)
 * @param businessId the company's business ID
 * @param companyName its name when last touched
 * @param manager its account manager, if one is named
 * @param sizeClass its size class as the team knows it, if recorded
 * @param version for optimistic locking
 */
public record CompanyAccount(OrganisationId team, String businessId, String companyName, @Nullable PersonId manager,
		@Nullable SizeClass sizeClass, int version) {
}
