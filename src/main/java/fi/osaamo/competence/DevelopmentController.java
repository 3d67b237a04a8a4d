package fi.osaamo.competence;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.studies.Study;
import fi.osaamo.studies.StudyManagement;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The mapping's development tab: what the person plans to learn and do, and their
 * development dialogues.
 */
@Controller
class DevelopmentController {

	private final CompetenceManagement competence;

	private final DevelopmentPlan plan;

	private final DialogueManagement dialogues;

	private final JobManagement jobs;

	private final StudyManagement studies;

	DevelopmentController(CompetenceManagement competence, DevelopmentPlan plan, DialogueManagement dialogues,
			JobManagement jobs, StudyManagement studies) {
		this.competence = competence;
		this.plan = plan;
		this.dialogues = dialogues;
		this.jobs = jobs;
		this.studies = studies;
	}

	@GetMapping("/competence/development")
	String development(@AuthenticationPrincipal PersonPrincipal user, Model model) {
		var person = user.personId();
		var mapping = competence.mapping(person);
		var items = plan.items(person);
		model.addAttribute("page",
				new DevelopmentPage(mapping.isPresent(), items, plan.jobs(person, person), jobs.interestsOf(person),
						mapping.map(found -> studiesFor(found, items)).orElse(List.of()),
						dialogues.dialogues(person, person)));
		return "competence/development";
	}

	private List<Study> studiesFor(Mapping mapping, List<PlanItem> items) {
		if (mapping.targets().isEmpty()) {
			return List.of();
		}
		var planned = new HashSet<UUID>();
		items.forEach(item -> planned.add(item.studyId()));
		return studies.teaching(mapping.targets().stream().map(Target::skillUri).toList(), null, 10)
			.stream()
			.filter(study -> !planned.contains(study.id()))
			.limit(5)
			.toList();
	}

}
