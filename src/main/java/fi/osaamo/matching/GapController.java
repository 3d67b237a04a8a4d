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

	private final AiRegister register;

	private final UseLog useLog;

	private final GapExplainer explainer;

	GapController(JobManagement jobs, GapAnalysis gaps, CompetenceManagement competence, StudyPaths paths,
			AiRegister register, UseLog useLog, GapExplainer explainer) {
		this.explainer = explainer;
		this.register = register;
		this.useLog = useLog;
		this.paths = paths;
		this.jobs = jobs;
		this.gaps = gaps;
		this.competence = competence;
	}

	@GetMapping("/jobs/{id}/gap")
	String gap(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, Locale locale, Model model) {
		register.require(AutomatedFeature.GAP_COMPARISON);
		var task = jobs.require(new JobId(id), user.personId());
		var gap = gaps.gap(user.personId(), task, locale);
		var lacking = java.util.stream.Stream.concat(gap.missing().stream(), gap.partial().stream())
			.map(GapItem::uri)
			.toList();
		var labels = new java.util.HashMap<String, String>();
		java.util.stream.Stream.concat(gap.missing().stream(), gap.partial().stream())
			.forEach(item -> labels.put(item.uri(), item.label()));
		var path = !register.isEnabled(AutomatedFeature.STUDY_PATH) ? java.util.List.<StudyPaths.Step>of()
				: paths.plan(lacking, task.startDate(), 5);
		useLog.record(UseLog.GAP, user.personId(), task.organisation().value(), "job:" + id,
				java.util.List.of(java.util.Map.of("score", gap.score())));
		if (register.isEnabled(AutomatedFeature.STUDY_PATH)) {
			useLog.record(UseLog.PATH, user.personId(), task.organisation().value(), "job:" + id,
					path.stream()
						.map(step -> java.util.Map.<String, Object>of("study", step.study().id().toString()))
						.toList());
		}
		var pathSteps = path.stream()
			.map(step -> new GapPage.PathStep(step.study(),
					step.adds().stream().map(uri -> labels.getOrDefault(uri, uri)).toList()))
			.toList();
		model.addAttribute("page", new GapPage(task, gap, explainer.lines(gap, GapExplainer.Voice.PERSON, locale),
				explainer.method(locale), competence.hasMapping(user.personId()), pathSteps));
		return "matching/gap";
	}

}
