package fi.osaamo.jobs;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Notice;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of a person's companies' job tasks and a task's page: they delete it there, or
 * express or withdraw their interest.
 */
@Controller
class JobController {

	static final int PAGE_SIZE = 20;

	private final JobManagement jobs;

	private final JobPages pages;

	JobController(JobManagement jobs, JobPages pages) {
		this.jobs = jobs;
		this.pages = pages;
	}

	@GetMapping("/jobs")
	String list(@AuthenticationPrincipal PersonPrincipal user, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable JobStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		var companies = jobs.companiesOf(user.personId());
		var hr = companies.stream().filter(company -> jobs.isHr(user.personId(), company.organisationId())).toList();
		var query = q.length() > 200 ? q.substring(0, 200) : q;
		model.addAttribute("page", new JobListPage(jobs.list(user.personId(), null, status, query, page, PAGE_SIZE),
				query, status, hr, companies));
		return "jobs/list";
	}

	@GetMapping("/jobs/{id}")
	String show(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String skill, Locale locale, Model model) {
		var page = pages.page(user.personId(), new JobId(id), locale);
		var editing = page.hr() ? required(page.task(), skill) : Optional.<RequiredSkill>empty();
		if (editing.isPresent()) {
			page = pages.page(user.personId(), new JobId(id), RequiredSkillForm.of(editing.get()), skill, null, locale);
		}
		model.addAttribute("page", page);
		return "jobs/detail";
	}

	@PostMapping("/jobs/{id}/delete")
	String delete(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, RedirectAttributes redirect) {
		var title = pages.requireHr(user.personId(), new JobId(id)).title();
		return jobs.delete(user.personId(), new JobId(id))
				? Notice.redirect(redirect, "/jobs/" + id, "jobs.notice.closedInstead", title)
				: Notice.redirect(redirect, "/jobs", "jobs.notice.deleted", title);
	}

	@PostMapping("/jobs/{id}/interest")
	String interest(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id,
			@RequestParam(defaultValue = "true") boolean interested, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			changeInterest(user, new JobId(id), interested);
			return Notice.redirect(redirect, "/jobs/" + id,
					interested ? "jobs.notice.interested" : "jobs.notice.interestWithdrawn");
		}
		catch (InvalidInputException ex) {
			return refused(user, new JobId(id), ex, locale, model);
		}
	}

	private String refused(PersonPrincipal user, JobId id, InvalidInputException ex, Locale locale, Model model) {
		model.addAttribute("page", pages.page(user.personId(), id, RequiredSkillForm.empty(), null, ex, locale));
		return "jobs/detail";
	}

	private void changeInterest(PersonPrincipal user, JobId id, boolean interested) {
		if (interested) {
			jobs.expressInterest(user.personId(), id);
		}
		else {
			jobs.withdrawInterest(user.personId(), id);
		}
	}

	private static Optional<RequiredSkill> required(JobTask task, @Nullable String skill) {
		return task.requiredSkills().stream().filter(required -> required.skillUri().equals(skill)).findFirst();
	}

}
