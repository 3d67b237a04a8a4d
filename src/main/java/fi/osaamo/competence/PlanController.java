package fi.osaamo.competence;

import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.jobs.JobId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PlanController {

	private final DevelopmentPlan plan;

	PlanController(DevelopmentPlan plan) {
		this.plan = plan;
	}

	@PostMapping("/competence/plan")
	String add(@AuthenticationPrincipal PersonPrincipal user, @RequestParam UUID study) {
		plan.add(user.personId(), study);
		return "redirect:/competence#plan-heading";
	}

	@PostMapping("/competence/plan/jobs")
	String addJob(@AuthenticationPrincipal PersonPrincipal user, @RequestParam UUID job) {
		plan.addJob(user.personId(), new JobId(job));
		return "redirect:/competence#plan-heading";
	}

	@PostMapping("/competence/plan/jobs/remove")
	String removeJob(@AuthenticationPrincipal PersonPrincipal user, @RequestParam UUID job) {
		plan.removeJob(user.personId(), new JobId(job));
		return "redirect:/competence#plan-heading";
	}

	@PostMapping("/competence/plan/status")
	String status(@AuthenticationPrincipal PersonPrincipal user, @RequestParam UUID study,
			@RequestParam PlanStatus status) {
		plan.changeStatus(user.personId(), study, status);
		return "redirect:/competence#plan-heading";
	}

	@PostMapping("/competence/plan/remove")
	String remove(@AuthenticationPrincipal PersonPrincipal user, @RequestParam UUID study) {
		plan.remove(user.personId(), study);
		return "redirect:/competence#plan-heading";
	}

}
