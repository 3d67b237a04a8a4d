package fi.osaamo.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobStatus;
import fi.osaamo.matching.engine.Profile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The job tasks a person sees, ranked by the matching engine against their mapping, each
 * with its score and what it is made of. The person reads and decides.
 */
@Controller
class MatchesController {

	static final int LIMIT = 50;

	private final MatchingEngine engine;

	private final GapAnalysis gaps;

	private final JobManagement jobs;

	private final CompetenceManagement competence;

	private final UseLog useLog;

	private final AiRegister register;

	private final Candidates candidates;

	MatchesController(MatchingEngine engine, GapAnalysis gaps, JobManagement jobs, CompetenceManagement competence,
			UseLog useLog, AiRegister register, Candidates candidates) {
		this.register = register;
		this.candidates = candidates;
		this.engine = engine;
		this.gaps = gaps;
		this.jobs = jobs;
		this.competence = competence;
		this.useLog = useLog;
	}

	@GetMapping("/jobs/{id}/candidates")
	String candidates(@AuthenticationPrincipal PersonPrincipal user,
			@org.springframework.web.bind.annotation.PathVariable java.util.UUID id, Locale locale, Model model) {
		model.addAttribute("page", candidates.forTask(user.personId(), id, 20, locale));
		return "matching/candidates";
	}

	@GetMapping("/matching/jobs")
	String matches(@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		register.require(AutomatedFeature.JOB_RANKING);
		var profile = engine.profile(user.personId());
		var matches = matches(user, profile, locale);
		useLog.record(UseLog.JOBS, user.personId(), null, "person:self", matches.stream()
			.map(match -> Map.<String, Object>of("job", match.task().id().toString(), "score", match.gap().score()))
			.toList());
		model.addAttribute("page", new MatchesPage(matches, competence.hasMapping(user.personId())));
		return "matching/matches";
	}

	/**
	 * The open tasks the person sees, best match first, each compared with the profile.
	 */
	private List<MatchesPage.Match> matches(PersonPrincipal user, Profile profile, Locale locale) {
		var visible = jobs.list(user.personId(), null, JobStatus.OPEN, "", 0, 1000).items();
		var matches = new ArrayList<MatchesPage.Match>();
		for (var ranked : engine.rankJobs(profile, visible, LIMIT)) {
			matches.add(new MatchesPage.Match(ranked.task(), gaps.gap(profile, ranked.task(), locale)));
		}
		return matches;
	}

}
