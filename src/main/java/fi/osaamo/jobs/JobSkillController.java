package fi.osaamo.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.Notice;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
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
			return saved(user, task, form.toSkill(), form.seenVersion(), locale, redirect);
		}
		catch (InvalidInputException ex) {
			return refused(user, task, form, editing ? form.uri() : null, ex, locale, model);
		}
	}

	private String saved(PersonPrincipal user, JobTask task, RequiredSkill skill, int version, Locale locale,
			RedirectAttributes redirect) {
		var known = task.requiredSkills().stream().anyMatch(required -> required.skillUri().equals(skill.skillUri()));
		jobs.update(user.personId(), task.id(), JobDraft.of(task, withSkill(task, skill, known)), version);
		return Notice.redirect(redirect, "/jobs/" + task.id() + "#skills-heading",
				known ? "jobs.notice.skillSaved" : "jobs.notice.skillAdded", label(skill.skillUri(), locale));
	}

	/**
	 * The task's skills with the skill changed, or added when the task does not require
	 * it yet.
	 */
	private static List<RequiredSkill> withSkill(JobTask task, RequiredSkill skill, boolean known) {
		var skills = new ArrayList<>(task.requiredSkills()
			.stream()
			.map(required -> required.skillUri().equals(skill.skillUri()) ? skill : required)
			.toList());
		if (!known) {
			skills.add(skill);
		}
		return skills;
	}

	@PostMapping("/jobs/{id}/skills/remove")
	String remove(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, @RequestParam String uri,
			@RequestParam int version, Locale locale, Model model, RedirectAttributes redirect) {
		var task = pages.requireHr(user.personId(), new JobId(id));
		try {
			jobs.update(user.personId(), task.id(), JobDraft.of(task, without(task, uri)), version);
			return Notice.redirect(redirect, "/jobs/" + id + "#skills-heading", "jobs.notice.skillRemoved",
					label(uri, locale));
		}
		catch (InvalidInputException ex) {
			return refused(user, task, RequiredSkillForm.empty(), null, ex, locale, model);
		}
	}

	private static List<RequiredSkill> without(JobTask task, String uri) {
		return task.requiredSkills().stream().filter(skill -> !skill.skillUri().equals(uri)).toList();
	}

	private String refused(PersonPrincipal user, JobTask task, RequiredSkillForm form, @Nullable String editing,
			InvalidInputException ex, Locale locale, Model model) {
		model.addAttribute("page", pages.page(user.personId(), task.id(), form, editing, ex, locale));
		return "jobs/detail";
	}

	private String label(String uri, Locale locale) {
		return taxonomy.byUri(uri, Language.of(locale)).map(ref -> ref.label().text()).orElse(uri);
	}

}
