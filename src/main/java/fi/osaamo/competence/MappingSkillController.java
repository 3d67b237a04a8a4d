package fi.osaamo.competence;

import java.util.List;
import java.util.Locale;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.platform.Notice;
import fi.osaamo.platform.StaleVersionException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The skills of a person's own mapping: suggested as they type, added, changed and
 * edited.
 */
@Controller
class MappingSkillController {

	private final CompetenceManagement competence;

	private final MappingPages pages;

	MappingSkillController(CompetenceManagement competence, MappingPages pages) {
		this.competence = competence;
		this.pages = pages;
	}

	@HxRequest
	@GetMapping("/competence/skills/suggest")
	String suggest(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "skill") String prefix,
			Locale locale, Model model) {
		model.addAttribute("suggestions", pages.suggestions(q, locale));
		model.addAttribute("chosen", "");
		model.addAttribute("prefix", prefix.matches("[a-z]{1,20}") ? prefix : "skill");
		return "competence/suggestions";
	}

	@PostMapping("/competence/skills")
	String saveSkill(@AuthenticationPrincipal PersonPrincipal user, @ModelAttribute SkillForm form, Locale locale,
			Model model, RedirectAttributes redirect) {
		if (form.uri() == null || form.uri().isBlank()) {
			// Without JavaScript, or without a choice: show the skills matching what was
			// typed.
			var error = new InvalidInputException("uri", "validation.chooseSkill");
			model.addAttribute("page", pages.page(user, form, pages.suggestions(form.q(), locale), error, locale));
			return "competence/mapping";
		}
		return save(user, form, locale, model, redirect);
	}

	private String save(PersonPrincipal user, SkillForm form, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			competence.saveSkill(user.personId(), form.toClaim(), form.versionSeen());
			return Notice.redirect(redirect, "/competence#skills-heading", "competence.notice.skill");
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", pages.page(user, kept(user, form, ex), List.of(), ex, locale));
			return "competence/mapping";
		}
	}

	/** The refused form, with the current version when the one seen was stale. */
	private SkillForm kept(PersonPrincipal user, SkillForm form, InvalidInputException refusal) {
		return refusal instanceof StaleVersionException
				? competence.mapping(user.personId()).map(mapping -> form.withVersion(mapping.version())).orElse(form)
				: form;
	}

	@GetMapping("/competence/skills/edit")
	String editSkill(@AuthenticationPrincipal PersonPrincipal user, @RequestParam String uri, Locale locale,
			Model model) {
		var mapping = competence.mapping(user.personId()).orElseThrow(() -> new NotFoundException("mapping"));
		var claim = mapping.skills()
			.stream()
			.filter(skill -> skill.skillUri().equals(uri))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("skill"));
		model.addAttribute("page", pages.page(user, SkillForm.of(claim, mapping.version()), List.of(), null, locale));
		return "competence/edit";
	}

	@ExceptionHandler(NoMappingYet.class)
	String start() {
		return "redirect:/competence";
	}

}
