package fi.osaamo.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fi.osaamo.companies.AccountSummary;
import fi.osaamo.companies.FollowUp;
import fi.osaamo.companies.ManagerLoad;
import fi.osaamo.companies.Need;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonSummary;
import org.jspecify.annotations.Nullable;

/**
 * An account manager's day: their companies, follow-ups due, the team's recently changed
 * needs and the team's share of work.
 *
 * @param teamName the team, or {@code null} for a user outside every growth team
 * @param companies the companies the user manages
 * @param followUps the user's follow-ups due within a week
 * @param recentNeeds the team's needs changed lately
 * @param team the team's account managers and their work
 * @param people pseudonyms of the people on the page
 * @param today today
 * @param severalTeams whether the user belongs to more than one team (and may change)
 */
public record MyWorkPage(@Nullable String teamName, List<AccountSummary> companies, List<FollowUp> followUps,
		List<Need> recentNeeds, List<ManagerLoad> team, Map<PersonId, PersonSummary> people, LocalDate today,
		boolean severalTeams) {

	public String staffName(@Nullable PersonId person) {
		var summary = person == null ? null : people.get(person);
		return summary == null ? "–" : summary.atWork();
	}

	public boolean overdue(FollowUp followUp) {
		return followUp.followUpOn().isBefore(today);
	}

}
