package fi.osaamo.studies;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.platform.Notice;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class StudyController {

	static final int PAGE_SIZE = 20;

	private final StudyManagement studies;

	private final TaxonomyManagement taxonomy;

	private final fi.osaamo.classification.ClassificationManagement classifications;

	StudyController(StudyManagement studies, TaxonomyManagement taxonomy,
			fi.osaamo.classification.ClassificationManagement classifications) {
		this.studies = studies;
		this.taxonomy = taxonomy;
		this.classifications = classifications;
	}

	@GetMapping("/studies")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable StudyType type,
			@RequestParam(required = false) @Nullable String language, @RequestParam(defaultValue = "0") int page,
			Locale locale, Model model) {
		var query = q.length() > 200 ? q.substring(0, 200) : q;
		var lang = Language.fromCode(language).map(Language::code).orElse(null);
		var result = studies.list(query, taxonomy.skillsNamedBy(query, Language.of(locale)), type, lang, page,
				PAGE_SIZE);
		var uris = new HashSet<String>();
		result.items().forEach(study -> uris.addAll(study.skills()));
		model.addAttribute("page",
				new StudyListPage(result, query, type, lang, taxonomy.byUris(uris, Language.of(locale))));
		return "studies/list";
	}

	@GetMapping("/studies/{id}")
	String show(@PathVariable UUID id, Authentication authentication, Locale locale, Model model) {
		model.addAttribute("page", detail(id, authentication, null, locale));
		return "studies/detail";
	}

	@PostMapping("/studies/{id}/note")
	@PreAuthorize("hasRole('HR')")
	String note(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, Authentication authentication,
			Locale locale, Model model, RedirectAttributes redirect) {
		return correct(id, authentication, locale, model, redirect, () -> studies.changeNote(id, note));
	}

	@PostMapping("/studies/{id}/skills")
	@PreAuthorize("hasRole('HR')")
	String addSkill(@PathVariable UUID id, @RequestParam(defaultValue = "") String uri, Authentication authentication,
			Locale locale, Model model, RedirectAttributes redirect) {
		return correct(id, authentication, locale, model, redirect, () -> {
			if (uri.isBlank()) {
				throw new InvalidInputException("uri", "validation.chooseSkill");
			}
			studies.addSkill(id, uri);
		});
	}

	@PostMapping("/studies/{id}/skills/remove")
	@PreAuthorize("hasRole('HR')")
	String removeSkill(@PathVariable UUID id, @RequestParam String uri, Authentication authentication, Locale locale,
			Model model, RedirectAttributes redirect) {
		return correct(id, authentication, locale, model, redirect, () -> studies.removeSkill(id, uri));
	}

	private String correct(UUID id, Authentication authentication, Locale locale, Model model,
			RedirectAttributes redirect, Runnable change) {
		studies.find(id).orElseThrow(() -> new NotFoundException("study " + id));
		try {
			change.run();
			return Notice.redirect(redirect, "/studies/" + id, "studies.notice.saved");
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", detail(id, authentication, ex, locale));
			return "studies/detail";
		}
	}

	private StudyDetailPage detail(UUID id, Authentication authentication, @Nullable InvalidInputException error,
			Locale locale) {
		var study = studies.find(id).orElseThrow(() -> new NotFoundException("study " + id));
		var hr = authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_HR"));
		var proposed = hr ? studies.proposedSkills(id) : List.<String>of();
		var uris = new java.util.ArrayList<>(study.skills());
		uris.addAll(proposed);
		var place = classifications.municipality(study.municipalityCode(), Language.of(locale))
			.map(municipality -> municipality.name())
			.orElse(study.municipalityCode());
		return new StudyDetailPage(study, proposed, taxonomy.byUris(uris, Language.of(locale)), place, hr, error);
	}

}
