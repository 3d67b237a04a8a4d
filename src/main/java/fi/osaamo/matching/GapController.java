package fi.osaamo.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.jobs.JobId;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobTask;
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
		var path = path(gap, task);
		logUse(user, id, task, gap, path);
		model.addAttribute("page", new GapPage(task, gap, explainer.lines(gap, GapExplainer.Voice.PERSON, locale),
				explainer.method(locale), competence.hasMapping(user.personId()), steps(gap, path)));
		return "matching/gap";
	}

	/** The studies that would teach the skills lacking, when study paths are in use. */
	private List<StudyPaths.Step> path(Gap gap, JobTask task) {
		var lacking = Stream.concat(gap.missing().stream(), gap.partial().stream()).map(GapItem::uri).toList();
		return !register.isEnabled(AutomatedFeature.STUDY_PATH) ? List.<StudyPaths.Step>of()
				: paths.plan(lacking, task.startDate(), 5);
	}

	private void logUse(PersonPrincipal user, UUID id, JobTask task, Gap gap, List<StudyPaths.Step> path) {
		var subject = "job:" + id;
		useLog.record(UseLog.GAP, user.personId(), task.organisation().value(), subject,
				List.of(Map.of("score", gap.score())));
		if (register.isEnabled(AutomatedFeature.STUDY_PATH)) {
			useLog.record(UseLog.PATH, user.personId(), task.organisation().value(), subject,
					path.stream().map(step -> Map.<String, Object>of("study", step.study().id().toString())).toList());
		}
	}

	/** The path's steps with the labels of the skills each adds. */
	private static List<GapPage.PathStep> steps(Gap gap, List<StudyPaths.Step> path) {
		var labels = new HashMap<String, String>();
		Stream.concat(gap.missing().stream(), gap.partial().stream())
			.forEach(item -> labels.put(item.uri(), item.label()));
		return path.stream()
			.map(step -> new GapPage.PathStep(step.study(),
					step.adds().stream().map(uri -> labels.getOrDefault(uri, uri)).toList()))
			.toList();
	}

}
