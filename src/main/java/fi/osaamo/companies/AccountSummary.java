package fi.osaamo.companies;

import java.time.LocalDate;

import fi.osaamo.identity.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A company account in a work list.
 *
 * @param businessId the company
 * @param companyName its name
 * @param manager its account manager
 * @param openNeeds needs not yet met or dropped
 * @param lastContact the day of the latest logged contact
 */
public record AccountSummary(String businessId, String companyName, @Nullable PersonId manager, int openNeeds,
		@Nullable LocalDate lastContact) {
}
