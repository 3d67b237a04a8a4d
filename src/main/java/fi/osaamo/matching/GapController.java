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

	private final fi.osaamo.studies.StudyManagement studies;

	GapController(JobManagement jobs, GapAnalysis gaps, CompetenceManagement competence,
			fi.osaamo.studies.StudyManagement studies) {
		this.studies = studies;
		this.jobs = jobs;
		this.gaps = gaps;
		this.competence = competence;
	}

	@GetMapping("/jobs/{id}/gap")
	String gap(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, Locale locale, Model model) {
		var task = jobs.require(new JobId(id), user.personId());
		var gap = gaps.gap(user.personId(), task, locale);
		var lacking = java.util.stream.Stream.concat(gap.missing().stream(), gap.partial().stream())
			.map(GapItem::uri)
			.toList();
		model.addAttribute("page", new GapPage(task, gap, competence.hasMapping(user.personId()),
				studies.teaching(lacking, task.startDate(), 5)));
		return "matching/gap";
	}

}
