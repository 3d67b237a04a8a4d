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

	private final StudyPaths paths;

	GapController(JobManagement jobs, GapAnalysis gaps, CompetenceManagement competence, StudyPaths paths) {
		this.paths = paths;
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
		var labels = new java.util.HashMap<String, String>();
		java.util.stream.Stream.concat(gap.missing().stream(), gap.partial().stream())
			.forEach(item -> labels.put(item.uri(), item.label()));
		var path = paths.plan(lacking, task.startDate(), 5)
			.stream()
			.map(step -> new GapPage.PathStep(step.study(),
					step.adds().stream().map(uri -> labels.getOrDefault(uri, uri)).toList()))
			.toList();
		model.addAttribute("page", new GapPage(task, gap, competence.hasMapping(user.personId()), path));
		return "matching/gap";
	}

}
