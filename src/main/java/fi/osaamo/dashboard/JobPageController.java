package fi.osaamo.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.competence.CityOptIns;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.identity.PersonSummary;
import fi.osaamo.jobs.JobId;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobTask;
import fi.osaamo.matching.CityCandidates;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One open job task for a member of a growth team: what it requires, its company and
 * poster, the interested talents and the best candidates among the talents visible to the
 * team's city.
 */
@Controller
@PreAuthorize("hasRole('GROWTH_TEAM')")
class JobPageController {

	static final int CANDIDATES = 10;

	private final JobManagement jobs;

	private final JobDetails details;

	private final Teams teams;

	private final CityOptIns talents;

	private final CityCandidates candidates;

	private final IdentityManagement identities;

	private final Favourites favourites;

	JobPageController(JobManagement jobs, JobDetails details, Teams teams, CityOptIns talents,
			CityCandidates candidates, IdentityManagement identities, Favourites favourites) {
		this.jobs = jobs;
		this.details = details;
		this.teams = teams;
		this.talents = talents;
		this.candidates = candidates;
		this.identities = identities;
		this.favourites = favourites;
	}

	@GetMapping("/dashboard/jobs/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		var team = teams.teamOf(user.personId())
			.orElseThrow(() -> new AccessDeniedException("Job pages are for a growth team"));
		var task = jobs.openTask(new JobId(id)).orElseThrow(() -> new NotFoundException("job " + id));
		var interested = new ArrayList<JobPage.Talent>();
		var hidden = 0;
		for (var person : jobs.interested(task.id())) {
			var visible = talents.visibility(person).filter(v -> v.city().equals(team.id())).isPresent();
			var summary = visible ? identities.find(person) : Optional.<PersonSummary>empty();
			if (summary.isPresent()) {
				interested.add(new JobPage.Talent(person.value().toString(), summary.get().pseudonym()));
			}
			else {
				hidden++;
			}
		}
		model.addAttribute("page", new JobPage(task, details.of(task, user.personId(), Language.of(locale)), interested,
				hidden, ranked(user, team.id(), task, locale),
				favourites.button(user.personId(), Favourite.Kind.JOB, id.toString(), "/dashboard/jobs/" + id)));
		return "dashboard/job";
	}

	private @Nullable List<CityCandidates.Candidate> ranked(PersonPrincipal user, OrganisationId team, JobTask task,
			Locale locale) {
		return candidates.available() ? candidates.forTask(user.personId(), team, task, CANDIDATES, locale) : null;
	}

}
