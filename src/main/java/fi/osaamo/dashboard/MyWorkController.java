package fi.osaamo.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import fi.osaamo.companies.AccountManagement;
import fi.osaamo.companies.FollowUps;
import fi.osaamo.companies.NeedManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My work": the account manager's companies, follow-ups due, the team's recently changed
 * needs and the team view.
 */
@Controller
@PreAuthorize("hasAnyRole('GROWTH_TEAM', 'PLATFORM_ADMIN')")
class MyWorkController {

	static final int RECENT_NEEDS = 20;

	private final Teams teams;

	private final AccountManagement accounts;

	private final NeedManagement needs;

	private final FollowUps followUps;

	private final Clock clock;

	MyWorkController(Teams teams, AccountManagement accounts, NeedManagement needs, FollowUps followUps, Clock clock) {
		this.teams = teams;
		this.accounts = accounts;
		this.needs = needs;
		this.followUps = followUps;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	String dashboard(@AuthenticationPrincipal PersonPrincipal user) {
		return teams.teamOf(user.personId()).isPresent() ? "redirect:/dashboard/my-work"
				: "redirect:/dashboard/companies";
	}

	@GetMapping("/dashboard/my-work")
	String myWork(@AuthenticationPrincipal PersonPrincipal user, Model model) {
		var today = LocalDate.now(clock);
		var page = teams.teamOf(user.personId())
			.map(team -> page(team, user.personId(), today))
			.orElseGet(() -> new MyWorkPage(null, List.of(), List.of(), List.of(), List.of(), Map.of(), today, false));
		model.addAttribute("page", page);
		return "dashboard/myWork";
	}

	private MyWorkPage page(Teams.Team team, PersonId user, LocalDate today) {
		var load = accounts.team(team.id());
		var people = new HashSet<PersonId>();
		load.forEach(row -> people.add(row.manager()));
		return new MyWorkPage(team.name(), accounts.managedBy(team.id(), user),
				followUps.due(team.id(), today.plusDays(7), user), needs.recentlyChanged(team.id(), RECENT_NEEDS), load,
				teams.pseudonyms(people), today, teams.teamsOf(user).size() > 1);
	}

}
