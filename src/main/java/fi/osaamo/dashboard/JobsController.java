package fi.osaamo.dashboard;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.competence.CityOptIns;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.jobs.JobId;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobTask;
import fi.osaamo.matching.CityCandidates;
import fi.osaamo.opendata.CompanyRegistry;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The region's open jobs for the growth team (Osaamo's own tasks and imported ads), and
 * per own task the interested talents and the best candidates among the talents visible
 * to the team's city.
 */
@Controller
@PreAuthorize("hasRole('GROWTH_TEAM')")
class JobsController {

	static final int PAGE_SIZE = 25;

	static final int CANDIDATES = 10;

	static final int EXPORT_LIMIT = 10_000;

	private final JobManagement jobs;

	private final CompanyRegistry registry;

	private final OrganisationManagement organisations;

	private final CityOptIns talents;

	private final CityCandidates candidates;

	private final IdentityManagement identities;

	private final Teams teams;

	private final Favourites favourites;

	private final MessageSource messages;

	private final Clock clock;

	JobsController(JobManagement jobs, CompanyRegistry registry, OrganisationManagement organisations,
			CityOptIns talents, CityCandidates candidates, IdentityManagement identities, Teams teams,
			Favourites favourites, MessageSource messages, Clock clock) {
		this.jobs = jobs;
		this.registry = registry;
		this.organisations = organisations;
		this.talents = talents;
		this.candidates = candidates;
		this.identities = identities;
		this.teams = teams;
		this.favourites = favourites;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/dashboard/jobs")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "ALL") String source,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var query = q.length() > 200 ? q.substring(0, 200) : q.strip();
		var chosen = source(source);
		var own = chosen.equals("IMPORTED") ? 0 : jobs.countOpenTasks(query);
		var ads = chosen.equals("OSAAMO") ? 0 : registry.countOpenJobAds(query, LocalDate.now(clock));
		var first = Math.max(0, page);
		var rows = rows(query, chosen, own, (long) first * PAGE_SIZE, PAGE_SIZE);
		model.addAttribute("page", new JobsPage(rows, own + ads, query, chosen, first,
				(int) Math.ceil((own + ads) / (double) PAGE_SIZE), chosen.equals(source) ? null : "validation.choice"));
		return "dashboard/jobs";
	}

	@GetMapping("/dashboard/jobs.{format:csv|xlsx}")
	void export(@PathVariable String format, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "ALL") String source, Locale locale, HttpServletResponse response)
			throws IOException {
		var query = q.length() > 200 ? q.substring(0, 200) : q.strip();
		var chosen = source(source);
		var own = chosen.equals("IMPORTED") ? 0 : jobs.countOpenTasks(query);
		var rows = rows(query, chosen, own, 0, EXPORT_LIMIT);
		var header = Arrays.stream(new String[] { "title", "employer", "locality", "applyBy", "source" })
			.map(column -> messages.getMessage("dashboard.jobs.column." + column, null, locale))
			.toList();
		Exports.Rows out = row -> rows.forEach(job -> row.accept(Arrays.asList(job.title(), job.employer(),
				job.locality(), job.applyBy(), messages.getMessage(sourceKey(job.source()), null, locale))));
		if (format.equals("csv")) {
			Exports.csv(response, "jobs", header, out);
		}
		else {
			Exports.xlsx(response, "jobs", messages.getMessage("dashboard.tab.jobs", null, locale), header, out);
		}
	}

	@GetMapping("/dashboard/jobs/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		var team = teams.teamOf(user.personId())
			.orElseThrow(() -> new AccessDeniedException("Candidates are for a growth team"));
		var task = jobs.openTask(new JobId(id)).orElseThrow(() -> new NotFoundException("job " + id));
		var interested = new ArrayList<JobPage.Talent>();
		var hidden = 0;
		for (var person : jobs.interested(task.id())) {
			var visible = talents.visibility(person).filter(v -> v.city().equals(team.id())).isPresent();
			var summary = visible ? identities.find(person)
					: java.util.Optional.<fi.osaamo.identity.PersonSummary>empty();
			if (summary.isPresent()) {
				interested.add(new JobPage.Talent(person.value().toString(), summary.get().pseudonym()));
			}
			else {
				hidden++;
			}
		}
		var ranked = candidates.available() ? candidates.forTask(user.personId(), team.id(), task, CANDIDATES, locale)
				: null;
		model.addAttribute("page", new JobPage(task, employer(task), interested, hidden, ranked,
				favourites.button(user.personId(), Favourite.Kind.JOB, id.toString(), "/dashboard/jobs/" + id)));
		return "dashboard/job";
	}

	private List<JobsPage.Row> rows(String query, String source, long own, long offset, int limit) {
		var rows = new ArrayList<JobsPage.Row>();
		if (offset < own) {
			for (var task : jobs.openTasks(query, offset, limit)) {
				rows.add(new JobsPage.Row(task.title(), employer(task), task.location(), task.applyTo(), "osaamo",
						"/dashboard/jobs/" + task.id().value()));
			}
		}
		if (!source.equals("OSAAMO") && rows.size() < limit) {
			var adOffset = Math.max(0, offset - own);
			for (var ad : registry.openJobAds(query, LocalDate.now(clock), adOffset, limit - rows.size())) {
				rows.add(new JobsPage.Row(ad.title(), null, ad.locality(), ad.validThrough(), ad.source(), ad.url()));
			}
		}
		return rows;
	}

	private static String source(String source) {
		return List.of("ALL", "OSAAMO", "IMPORTED").contains(source) ? source : "ALL";
	}

	private String employer(JobTask task) {
		return organisations.find(task.organisation()).map(found -> found.name()).orElse("–");
	}

	static String sourceKey(String source) {
		return source.equals("osaamo") ? "dashboard.jobs.source.osaamo" : "opendata.source." + source + ".name";
	}

}
