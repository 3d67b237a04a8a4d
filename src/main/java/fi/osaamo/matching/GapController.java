package fi.osaamo.matching;

import java.util.Locale;
import java.util.UUID;

import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.jobs.JobId;
import fi.osaamo.jobs.JobManagement;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class GapController {

	private final JobManagement jobs;

	private final GapAnalysis gaps;

	private final CompetenceManagement competence;

	GapController(JobManagement jobs, GapAnalysis gaps, CompetenceManagement competence) {
		this.jobs = jobs;
		this.gaps = gaps;
		this.competence = competence;
	}

	@GetMapping("/jobs/{id}/gap")
	String gap(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, Locale locale, Model model) {
		var task = jobs.require(new JobId(id), user.personId());
		model.addAttribute("page",
				new GapPage(task, gaps.gap(user.personId(), task, locale), competence.hasMapping(user.personId())));
		return "matching/gap";
	}

}
