package fi.osaamo.competence;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.account.ProfileManagement;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Notice;
import fi.osaamo.platform.StaleVersionException;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.ConceptMatch;
import fi.osaamo.taxonomy.TaxonomyManagement;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class MappingController {

	private final CompetenceManagement competence;

	private final SharingManagement sharing;

	private final TaxonomyManagement taxonomy;

	private final DialogueManagement dialogues;

	private final ProfileManagement profiles;

	MappingController(CompetenceManagement competence, SharingManagement sharing, TaxonomyManagement taxonomy,
			DialogueManagement dialogues, ProfileManagement profiles) {
		this.profiles = profiles;
		this.dialogues = dialogues;
		this.competence = competence;
		this.sharing = sharing;
		this.taxonomy = taxonomy;
	}

	@GetMapping("/competence")
	String mapping(@AuthenticationPrincipal PersonPrincipal user,
			@RequestParam(required = false) @Nullable String skill, Locale locale, Model model) {
		var mapping = competence.mapping(user.personId());
		if (mapping.isEmpty()) {
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
		var version = mapping.get().version();
		var form = skill != null && taxonomy.isSkill(skill)
				? new SkillForm("", skill, null, Provenance.WORK, "", null, false, version) : SkillForm.empty(version);
		model.addAttribute("page", page(user, form, List.of(), null, locale));
		return "competence/mapping";
	}

	/**
	 * Starts the mapping; with {@code prefill}, the job title of the person's profile
	 * goes into the work history, at the company they work for.
	 */
	@PostMapping("/competence/start")
	String start(@AuthenticationPrincipal PersonPrincipal user, @RequestParam(defaultValue = "false") boolean prefill) {
		if (competence.hasMapping(user.personId())) {
			return "redirect:/competence";
		}
		competence.start(user.personId());
		var work = profiles.workProfile(user.personId());
		if (prefill && work.jobTitle() != null) {
			var employer = sharing.companiesOf(user.personId())
				.stream()
				.map(membership -> membership.organisationName())
				.findFirst()
				.orElse(null);
			competence.addWork(user.personId(), work.jobTitle(), employer, null, null,
					competence.mapping(user.personId()).orElseThrow().version());
		}
		return "redirect:/competence";
	}

	@HxRequest
	@GetMapping("/competence/skills/suggest")
	String suggest(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "skill") String prefix,
			Locale locale, Model model) {
		model.addAttribute("suggestions", suggestions(q, locale));
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
			model.addAttribute("page", page(user, form, suggestions(form.q(), locale), error, locale));
			return "competence/mapping";
		}
		try {
			competence.saveSkill(user.personId(), form.toClaim(), form.versionSeen());
			return Notice.redirect(redirect, "/competence#skills-heading", "competence.notice.skill");
		}
		catch (InvalidInputException ex) {
			var kept = ex instanceof StaleVersionException ? competence.mapping(user.personId())
				.map(mapping -> form.withVersion(mapping.version()))
				.orElse(form) : form;
			model.addAttribute("page", page(user, kept, List.of(), ex, locale));
			return "competence/mapping";
		}
	}

	@GetMapping("/competence/skills/edit")
	String editSkill(@AuthenticationPrincipal PersonPrincipal user, @RequestParam String uri, Locale locale,
			Model model) {
		var mapping = competence.mapping(user.personId())
			.orElseThrow(() -> new fi.osaamo.platform.NotFoundException("mapping"));
		var claim = mapping.skills()
			.stream()
			.filter(skill -> skill.skillUri().equals(uri))
			.findFirst()
			.orElseThrow(() -> new fi.osaamo.platform.NotFoundException("skill"));
		model.addAttribute("page", page(user, SkillForm.of(claim, mapping.version()), List.of(), null, locale));
		return "competence/edit";
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

	@GetMapping("/competence/history")
	String history(@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		var history = competence.history(user.personId());
		var labels = taxonomy.byUris(history.stream().map(Assertion::skillUri).distinct().toList(),
				Language.of(locale));
		model.addAttribute("page", new HistoryPage(history, labels));
		return "competence/history";
	}

	@GetMapping("/competence/delete")
	String confirmDelete(@AuthenticationPrincipal PersonPrincipal user) {
		return competence.hasMapping(user.personId()) ? "competence/delete" : "redirect:/competence";
	}

	@PostMapping("/competence/delete")
	String delete(@AuthenticationPrincipal PersonPrincipal user, RedirectAttributes redirect) {
		competence.delete(user.personId());
		return Notice.redirect(redirect, "/competence", "competence.notice.deleted");
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

	private List<ConceptMatch> suggestions(@Nullable String q, Locale locale) {
		if (q == null || q.isBlank()) {
			return List.of();
		}
		return taxonomy.searchSkills(q.length() > 200 ? q.substring(0, 200) : q, Language.of(locale), 10)
			.stream()
			.filter(match -> match.kind() != fi.osaamo.taxonomy.ConceptKind.SKILL_GROUP)
			.toList();
	}

	private MappingPage page(PersonPrincipal user, SkillForm form, List<ConceptMatch> suggestions,
			@Nullable InvalidInputException error, Locale locale) {
		// No mapping (never started, or deleted in another tab): back to the start.
		var mapping = competence.mapping(user.personId()).orElseThrow(NoMappingYet::new);
		var uris = new HashSet<String>();
		mapping.skills().forEach(skill -> uris.add(skill.skillUri()));
		mapping.targets().forEach(target -> uris.add(target.skillUri()));
		if (form.uri() != null && !form.uri().isBlank()) {
			uris.add(form.uri());
		}
		var language = Language.of(locale);
		var work = profiles.workProfile(user.personId());
		var occupation = work.occupationUri() == null ? java.util.Optional.<fi.osaamo.taxonomy.ConceptDetails>empty()
				: taxonomy.byUri(work.occupationUri(), language).flatMap(ref -> taxonomy.details(ref.id(), language));
		var claimed = new HashSet<String>();
		mapping.skills().forEach(claim -> claimed.add(claim.skillUri()));
		var typical = occupation
			.map(details -> details.essentialSkills()
				.stream()
				.filter(ref -> ref.kind() != fi.osaamo.taxonomy.ConceptKind.SKILL_GROUP)
				.filter(ref -> !claimed.contains(ref.uri()))
				.limit(12)
				.toList())
			.orElse(List.of());
		var current = form.versionSeen() == mapping.version() ? form : new SkillForm(form.q(), form.uri(), form.level(),
				form.provenance(), form.reference(), form.evidenceDate(), form.strength(), mapping.version());
		return new MappingPage(mapping, taxonomy.byUris(uris, Language.of(locale)), current, suggestions, error,
				sharing.views(user.personId()), !sharing.grants(user.personId()).isEmpty(),
				occupation.map(details -> details.label().text()).orElse(null), typical);
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(NoMappingYet.class)
	String start() {
		return "redirect:/competence";
	}

	/** A change to a mapping that does not exist. */
	static final class NoMappingYet extends RuntimeException {

		NoMappingYet() {
			super("No competence mapping");
		}

	}

}
