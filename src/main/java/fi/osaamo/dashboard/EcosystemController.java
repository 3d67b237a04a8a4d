package fi.osaamo.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;

import fi.osaamo.companies.Cooperation;
import fi.osaamo.companies.NeedReports;
import fi.osaamo.companies.ServiceKind;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ecosystem map: which companies the team's referrals brought together with which
 * schools, city services and other providers (apprenticeships among them), with the
 * companies' open job tasks.
 */
@Controller
@PreAuthorize("hasAnyRole('GROWTH_TEAM', 'PLATFORM_ADMIN')")
class EcosystemController {

	private final Teams teams;

	private final NeedReports needs;

	private final OrganisationManagement organisations;

	private final JobManagement jobs;

	private final Clock clock;

	EcosystemController(Teams teams, NeedReports needs, OrganisationManagement organisations, JobManagement jobs,
			Clock clock) {
		this.teams = teams;
		this.needs = needs;
		this.organisations = organisations;
		this.jobs = jobs;
		this.clock = clock;
	}

	@GetMapping("/dashboard/ecosystem")
	String ecosystem(@RequestParam(defaultValue = "12") String months, @RequestParam(defaultValue = "") String kind,
			@AuthenticationPrincipal PersonPrincipal user, Model model) {
		var team = teams.teamOf(user.personId());
		int period = 12;
		ServiceKind chosen = null;
		try {
			period = period(months);
			chosen = kind.isBlank() ? null : kind(kind);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", empty(team, period, chosen, ex));
			return "dashboard/ecosystem";
		}
		model.addAttribute("page", team.isEmpty() ? empty(team, period, chosen, null)
				: map(team.get(), period, chosen, cooperation(team.get(), period, chosen)));
		return "dashboard/ecosystem";
	}

	/** The page without a map: the user has no team, or a filter could not be read. */
	private static EcosystemPage empty(Optional<Teams.Team> team, int period, @Nullable ServiceKind chosen,
			@Nullable InvalidInputException error) {
		return new EcosystemPage(team.map(Teams.Team::name).orElse(null), period, chosen, List.of(), List.of(),
				List.of(), List.of(), 0, 0, error == null ? null : error.messageKey(),
				error == null ? new Object[0] : error.arguments());
	}

	private List<Cooperation> cooperation(Teams.Team team, int period, @Nullable ServiceKind kind) {
		var since = LocalDate.now(clock).minusMonths(period);
		return needs.cooperation(team.id(), since).stream().filter(row -> kind == null || row.kind() == kind).toList();
	}

	private EcosystemPage map(Teams.Team team, int period, @Nullable ServiceKind kind, List<Cooperation> cooperation) {
		var layout = EcosystemLayout.of(cooperation, provider -> type(provider, team), this::jobTasks);
		return new EcosystemPage(team.name(), period, kind, layout.companies(), layout.partners(), layout.links(),
				cooperation, layout.companiesInAll(), layout.height(), null, new Object[0]);
	}

	/**
	 * Open job tasks of the companies that use Osaamo.
	 */
	private Map<String, Integer> jobTasks(List<String> businessIds) {
		var byOrganisation = new HashMap<OrganisationId, String>();
		organisations.idsByBusinessId(businessIds).forEach((businessId, id) -> byOrganisation.put(id, businessId));
		var counts = new HashMap<String, Integer>();
		jobs.countOpenTasksOf(byOrganisation.keySet())
			.forEach((organisation, tasks) -> counts.put(byOrganisation.get(organisation), tasks));
		return counts;
	}

	/**
	 * Whether a provider is the team's own city (its services name the city first, as in
	 * City of X, employment services), a school that uses Osaamo, or another provider.
	 */
	private String type(String provider, Teams.Team team) {
		if (provider.toLowerCase(Locale.ROOT).startsWith(team.name().toLowerCase(Locale.ROOT))) {
			return "CITY";
		}
		var schools = organisations.list(provider, OrganisationType.SCHOOL, 0, 5).items();
		return schools.stream().anyMatch(school -> school.name().equalsIgnoreCase(provider)) ? "SCHOOL" : "PROVIDER";
	}

	private static int period(String months) {
		for (var period : EcosystemPage.PERIODS) {
			if (String.valueOf(period).equals(months)) {
				return period;
			}
		}
		throw new InvalidInputException("months", "validation.choice", months);
	}

	private static ServiceKind kind(String kind) {
		try {
			return ServiceKind.valueOf(kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("kind", "validation.choice", kind);
		}
	}

}
