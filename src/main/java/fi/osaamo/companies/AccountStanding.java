package fi.osaamo.companies;

import java.time.LocalDate;

import fi.osaamo.identity.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * Where the team stands with a company, for the list of companies.
 *
 * @param businessId the company
 * @param manager its account manager, if one is named
 * @param lastContact the day of the latest logged contact, if any
 * @param openNeeds its needs not yet met or dropped
 * @param overdueFollowUps its open referrals whose follow-up day has passed
 */
public record AccountStanding(String businessId, @Nullable PersonId manager, @Nullable LocalDate lastContact,
		int openNeeds, int overdueFollowUps) {
}
