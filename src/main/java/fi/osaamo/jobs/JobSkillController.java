package fi.osaamo.jobs;

import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.Notice;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * HR adds, changes and removes the skills a job task requires.
 */
@Controller
class JobSkillController {

	private final JobManagement jobs;

	private final JobPages pages;

	private final TaxonomyManagement taxonomy;

	JobSkillController(JobManagement jobs, JobPages pages, TaxonomyManagement taxonomy) {
		this.jobs = jobs;
		this.pages = pages;
		this.taxonomy = taxonomy;
	}

	/**
	 * Adds a required skill, or changes it when the task already requires it.
	 */
	@PostMapping("/jobs/{id}/skills")
	String save(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id,
			@ModelAttribute RequiredSkillForm form, @RequestParam(defaultValue = "false") boolean editing,
			Locale locale, Model model, RedirectAttributes redirect) {
		var task = pages.requireHr(user.personId(), new JobId(id));
		try {
			var skill = form.toSkill();
			var known = task.requiredSkills()
				.stream()
				.anyMatch(required -> required.skillUri().equals(skill.skillUri()));
			var skills = new ArrayList<>(task.requiredSkills()
				.stream()
				.map(required -> required.skillUri().equals(skill.skillUri()) ? skill : required)
				.toList());
			if (!known) {
				skills.add(skill);
			}
			jobs.update(user.personId(), task.id(), JobController.draft(task, skills),
					form.version() == null ? -1 : form.version());
			return Notice.redirect(redirect, "/jobs/" + id + "#skills-heading",
					known ? "jobs.notice.skillSaved" : "jobs.notice.skillAdded", label(skill.skillUri(), locale));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page",
					pages.page(user.personId(), task.id(), form, editing ? form.uri() : null, ex, locale));
			return "jobs/detail";
		}
	}

	@PostMapping("/jobs/{id}/skills/remove")
	String remove(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, @RequestParam String uri,
			@RequestParam int version, Locale locale, Model model, RedirectAttributes redirect) {
		var task = pages.requireHr(user.personId(), new JobId(id));
		try {
			jobs.update(user.personId(), task.id(),
					JobController.draft(task,
							task.requiredSkills().stream().filter(skill -> !skill.skillUri().equals(uri)).toList()),
					version);
			return Notice.redirect(redirect, "/jobs/" + id + "#skills-heading", "jobs.notice.skillRemoved",
					label(uri, locale));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page",
					pages.page(user.personId(), task.id(), RequiredSkillForm.empty(), null, ex, locale));
			return "jobs/detail";
		}
	}

	private String label(String uri, Locale locale) {
		return taxonomy.byUri(uri, Language.of(locale)).map(ref -> ref.label().text()).orElse(uri);
	}

}
