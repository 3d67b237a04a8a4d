package fi.osaamo.companies;

import fi.osaamo.identity.PersonId;

/**
 * One account manager's share of the team's work.
 *
 * @param manager the account manager
 * @param companies the companies they manage
 * @param openNeeds those companies' open needs
 * @param followUpsDue their referrals to follow up by today
 */
public record ManagerLoad(PersonId manager, int companies, int openNeeds, int followUpsDue) {
}
