package fi.osaamo.competence;

import java.util.UUID;

import fi.osaamo.platform.Notice;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.jobs.JobId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PlanController {

	private final DevelopmentPlan plan;

	PlanController(DevelopmentPlan plan) {
		this.plan = plan;
	}

	@PostMapping("/competence/plan")
	String add(@AuthenticationPrincipal PersonPrincipal user, @RequestParam UUID study, RedirectAttributes redirect) {
		plan.add(user.personId(), study);
		return Notice.redirect(redirect, "/competence/development#plan-heading", "plan.notice.added");
	}

	@PostMapping("/competence/plan/jobs")
	String addJob(@AuthenticationPrincipal PersonPrincipal user, @RequestParam UUID job, RedirectAttributes redirect) {
		plan.addJob(user.personId(), new JobId(job));
		return Notice.redirect(redirect, "/competence/development#plan-heading", "plan.notice.jobAdded");
	}

	@PostMapping("/competence/plan/jobs/remove")
	String removeJob(@AuthenticationPrincipal PersonPrincipal user, @RequestParam UUID job,
			RedirectAttributes redirect) {
		plan.removeJob(user.personId(), new JobId(job));
		return Notice.redirect(redirect, "/competence/development#plan-heading", "notice.removed");
	}

	@PostMapping("/competence/plan/status")
	String status(@AuthenticationPrincipal PersonPrincipal user, @RequestParam UUID study,
			@RequestParam PlanStatus status, RedirectAttributes redirect) {
		plan.changeStatus(user.personId(), study, status);
		return Notice.redirect(redirect, "/competence/development#plan-heading", "notice.saved");
	}

	@PostMapping("/competence/plan/remove")
	String remove(@AuthenticationPrincipal PersonPrincipal user, @RequestParam UUID study,
			RedirectAttributes redirect) {
		plan.remove(user.personId(), study);
		return Notice.redirect(redirect, "/competence/development#plan-heading", "notice.removed");
	}

}
