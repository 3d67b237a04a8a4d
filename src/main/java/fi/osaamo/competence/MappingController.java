package fi.osaamo.competence;

import java.util.List;
import java.util.Locale;

import fi.osaamo.account.ProfileManagement;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Notice;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.ConceptMatch;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own mapping page (or the page to start one), and the changes to skills and
 * targets made from it.
 */
@Controller
class MappingController {

	private final CompetenceManagement competence;

	private final TaxonomyManagement taxonomy;

	private final DialogueManagement dialogues;

	private final ProfileManagement profiles;

	private final MappingPages pages;

	MappingController(CompetenceManagement competence, TaxonomyManagement taxonomy, DialogueManagement dialogues,
			ProfileManagement profiles, MappingPages pages) {
		this.pages = pages;
		this.profiles = profiles;
		this.dialogues = dialogues;
		this.competence = competence;
		this.taxonomy = taxonomy;
	}

	@GetMapping("/competence")
	String mapping(@AuthenticationPrincipal PersonPrincipal user,
			@RequestParam(required = false) @Nullable String skill, Locale locale, Model model) {
		var mapping = competence.mapping(user.personId());
		if (mapping.isEmpty()) {
			return startPage(user, locale, model);
		}
		var version = mapping.get().version();
		var form = skill != null && taxonomy.isSkill(skill)
				? new SkillForm("", skill, null, Provenance.WORK, "", null, false, version) : SkillForm.empty(version);
		model.addAttribute("page", page(user, form, List.of(), null, locale));
		return "competence/mapping";
	}

	private String startPage(PersonPrincipal user, Locale locale, Model model) {
		var work = profiles.workProfile(user.personId());
		model.addAttribute("dialogues", dialogues.dialogues(user.personId(), user.personId()));
		model.addAttribute("jobTitle", work.jobTitle());
		model.addAttribute("occupation",
				work.occupationUri() == null ? null
						: taxonomy.byUri(work.occupationUri(), Language.of(locale))
							.map(ref -> ref.label().text())
							.orElse(null));
		return "competence/start";
	}

	@PostMapping("/competence/skills/remove")
	String removeSkill(@AuthenticationPrincipal PersonPrincipal user, @RequestParam String uri,
			@RequestParam int version, Locale locale, Model model, RedirectAttributes redirect) {
		return change(user, locale, model, redirect, "notice.removed",
				() -> competence.removeSkill(user.personId(), uri, version));
	}

	@PostMapping("/competence/targets")
	String saveTarget(@AuthenticationPrincipal PersonPrincipal user, @RequestParam(defaultValue = "") String uri,
			@RequestParam(defaultValue = "0") int level, @RequestParam int version, Locale locale, Model model,
			RedirectAttributes redirect) {
		return change(user, locale, model, redirect, "competence.notice.target",
				() -> competence.saveTarget(user.personId(), new Target(uri, level), version));
	}

	@PostMapping("/competence/targets/remove")
	String removeTarget(@AuthenticationPrincipal PersonPrincipal user, @RequestParam String uri,
			@RequestParam int version, Locale locale, Model model, RedirectAttributes redirect) {
		return change(user, locale, model, redirect, "notice.removed",
				() -> competence.removeTarget(user.personId(), uri, version));
	}

	private String change(PersonPrincipal user, Locale locale, Model model, RedirectAttributes redirect, String notice,
			Runnable action) {
		try {
			action.run();
			return Notice.redirect(redirect, "/competence", notice);
		}
		catch (InvalidInputException ex) {
			var mapping = competence.mapping(user.personId()).orElseThrow(() -> ex);
			model.addAttribute("page", page(user, SkillForm.empty(mapping.version()), List.of(), ex, locale));
			return "competence/mapping";
		}
	}

	private MappingPage page(PersonPrincipal user, SkillForm form, List<ConceptMatch> suggestions,
			@Nullable InvalidInputException error, Locale locale) {
		return pages.page(user, form, suggestions, error, locale);
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(NoMappingYet.class)
	String start() {
		return "redirect:/competence";
	}

}
