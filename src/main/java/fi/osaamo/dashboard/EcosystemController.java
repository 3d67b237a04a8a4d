package fi.osaamo.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fi.osaamo.companies.Cooperation;
import fi.osaamo.companies.NeedManagement;
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

	/** How many companies the map draws; the table lists them all. */
	static final int MAP_COMPANIES = 40;

	static final int ROW = 30;

	static final int TOP = 24;

	private final Teams teams;

	private final NeedManagement needs;

	private final OrganisationManagement organisations;

	private final JobManagement jobs;

	private final Clock clock;

	EcosystemController(Teams teams, NeedManagement needs, OrganisationManagement organisations, JobManagement jobs,
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
		InvalidInputException error = null;
		try {
			period = period(months);
			chosen = kind.isBlank() ? null : kind(kind);
		}
		catch (InvalidInputException ex) {
			error = ex;
		}
		if (team.isEmpty() || error != null) {
			model.addAttribute("page",
					new EcosystemPage(team.map(Teams.Team::name).orElse(null), period, chosen, List.of(), List.of(),
							List.of(), List.of(), 0, 0, error == null ? null : error.messageKey(),
							error == null ? new Object[0] : error.arguments()));
			return "dashboard/ecosystem";
		}
		var since = LocalDate.now(clock).minusMonths(period);
		var filter = chosen;
		var cooperation = needs.cooperation(team.get().id(), since)
			.stream()
			.filter(row -> filter == null || row.kind() == filter)
			.toList();
		model.addAttribute("page", map(team.get(), period, chosen, cooperation));
		return "dashboard/ecosystem";
	}

	private EcosystemPage map(Teams.Team team, int period, @Nullable ServiceKind kind, List<Cooperation> cooperation) {
		// The most active companies, by name on the map.
		var byCompany = new LinkedHashMap<String, Integer>();
		var names = new HashMap<String, String>();
		for (var row : cooperation) {
			byCompany.merge(row.businessId(), row.referrals(), Integer::sum);
			names.put(row.businessId(), row.companyName());
		}
		var shown = byCompany.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(MAP_COMPANIES)
			.map(Map.Entry::getKey)
			.sorted(Comparator.comparing(id -> names.get(id).toLowerCase(Locale.ROOT)))
			.toList();
		var drawn = cooperation.stream().filter(row -> shown.contains(row.businessId())).toList();
		var byPartner = new LinkedHashMap<String, Integer>();
		drawn.forEach(row -> byPartner.merge(row.provider(), row.referrals(), Integer::sum));
		var partnerTypes = new HashMap<String, String>();
		byPartner.keySet().forEach(provider -> partnerTypes.put(provider, type(provider, team)));
		var partners = byPartner.keySet()
			.stream()
			.sorted(Comparator.comparing((String provider) -> order(partnerTypes.get(provider)))
				.thenComparing(provider -> provider.toLowerCase(Locale.ROOT)))
			.toList();

		var rows = Math.max(shown.size(), partners.size());
		var height = TOP * 2 + Math.max(1, rows - 1) * ROW;
		var companyX = 250;
		var partnerX = EcosystemPage.WIDTH - 250;
		var jobTasks = jobTasks(shown);
		var companyNodes = new ArrayList<EcosystemPage.Node>();
		var companyY = new HashMap<String, Integer>();
		for (int i = 0; i < shown.size(); i++) {
			var id = shown.get(i);
			var y = y(i, shown.size(), height);
			companyY.put(id, y);
			var tasks = jobTasks.getOrDefault(id, 0);
			companyNodes.add(new EcosystemPage.Node(names.get(id), "COMPANY", companyX, y, 6 + Math.min(6, tasks),
					"/dashboard/companies/" + id, tasks, byCompany.get(id)));
		}
		var partnerNodes = new ArrayList<EcosystemPage.Node>();
		var partnerY = new HashMap<String, Integer>();
		for (int i = 0; i < partners.size(); i++) {
			var provider = partners.get(i);
			var y = y(i, partners.size(), height);
			partnerY.put(provider, y);
			partnerNodes.add(new EcosystemPage.Node(provider, partnerTypes.get(provider), partnerX, y, 8, null, 0,
					byPartner.get(provider)));
		}
		var links = new ArrayList<EcosystemPage.Link>();
		for (var row : drawn) {
			int y1 = companyY.get(row.businessId());
			int y2 = partnerY.get(row.provider());
			var middle = (companyX + partnerX) / 2;
			var path = "M " + companyX + " " + y1 + " C " + middle + " " + y1 + ", " + middle + " " + y2 + ", "
					+ partnerX + " " + y2;
			var width = 1.5 + 1.5 * (Math.log(row.referrals()) / Math.log(2));
			links.add(new EcosystemPage.Link(path, row.kind(), row.referrals(),
					String.format(Locale.ROOT, "%.1f", Math.min(8, width))));
		}
		return new EcosystemPage(team.name(), period, kind, companyNodes, partnerNodes, links, cooperation,
				byCompany.size(), height, null, new Object[0]);
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

	private static int order(String type) {
		return switch (type) {
			case "SCHOOL" -> 0;
			case "CITY" -> 1;
			default -> 2;
		};
	}

	private static int y(int index, int count, int height) {
		if (count <= 1) {
			return height / 2;
		}
		return TOP + (int) Math.round(index * (height - 2.0 * TOP) / (count - 1));
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
