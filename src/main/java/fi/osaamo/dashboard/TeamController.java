package fi.osaamo.dashboard;

import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Choosing the growth team to work in, for members of several teams.
 */
@Controller
@PreAuthorize("hasRole('GROWTH_TEAM')")
class TeamController {

	private final Teams teams;

	TeamController(Teams teams) {
		this.teams = teams;
	}

	@GetMapping("/dashboard/team")
	String choose(@AuthenticationPrincipal PersonPrincipal user,
			@RequestParam(name = "continue", defaultValue = "/dashboard/my-work") String next, Model model) {
		var current = current(user.personId());
		model.addAttribute("page", new TeamPage(choices(user.personId(), current), safe(next)));
		return "dashboard/team";
	}

	/** The team the member works in now, or none when they have not chosen one yet. */
	private @Nullable OrganisationId current(PersonId person) {
		try {
			return teams.teamOf(person).map(Teams.Team::id).orElse(null);
		}
		catch (ChooseTeamException ex) {
			// Not chosen yet: nothing is preselected.
			return null;
		}
	}

	private List<TeamPage.Choice> choices(PersonId person, @Nullable OrganisationId current) {
		var choices = new java.util.ArrayList<TeamPage.Choice>();
		for (var team : teams.teamsOf(person)) {
			choices.add(new TeamPage.Choice(team.id().toString(), team.name(), team.id().equals(current)));
		}
		return choices;
	}

	@PostMapping("/dashboard/team")
	String chosen(@AuthenticationPrincipal PersonPrincipal user, @RequestParam UUID team,
			@RequestParam(name = "continue", defaultValue = "/dashboard/my-work") String next) {
		teams.choose(user.personId(), new OrganisationId(team));
		return "redirect:" + safe(next);
	}

	/** Only a page of the dashboard: never a redirect off the site. */
	static String safe(String next) {
		return next.startsWith("/dashboard/") && !next.startsWith("//") && !next.contains("\\")
				&& !next.startsWith("/dashboard/team") ? next : "/dashboard/my-work";
	}

	/**
	 * Sends a member of several teams who has not chosen one to choose, then back.
	 */
	@ControllerAdvice(basePackageClasses = TeamController.class)
	static class ChooseTeamAdvice {

		@ExceptionHandler(ChooseTeamException.class)
		Object choose(HttpServletRequest request, HttpServletResponse response) {
			var target = target(request);
			if (request.getHeader("HX-Request") != null) {
				return org.springframework.http.ResponseEntity.noContent().header("HX-Redirect", target).build();
			}
			return "redirect:" + target;
		}

		/** The team choice, coming back to the page asked for when it was read. */
		private static String target(HttpServletRequest request) {
			var back = request.getRequestURI()
					+ (request.getQueryString() == null ? "" : "?" + request.getQueryString());
			return UriComponentsBuilder.fromPath("/dashboard/team")
				.queryParam("continue", "GET".equals(request.getMethod()) ? back : "/dashboard/my-work")
				.encode()
				.build()
				.toUriString();
		}

	}

}
