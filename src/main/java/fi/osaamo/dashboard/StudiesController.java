package fi.osaamo.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.Language;
import fi.osaamo.studies.StudyManagement;
import fi.osaamo.studies.StudyPage;
import fi.osaamo.taxonomy.ConceptMatch;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Starting studies by keyword (words, or a competence the taxonomy names), type, teaching
 * language and start month, with order and pages.
 */
@Controller
@PreAuthorize("hasAnyRole('GROWTH_TEAM', 'PLATFORM_ADMIN')")
class StudiesController {

	static final int PAGE_SIZE = 25;

	private final StudyManagement studies;

	private final StudyFilters filters;

	private final Favourites favourites;

	private final Clock clock;

	StudiesController(StudyManagement studies, StudyFilters filters, Favourites favourites, Clock clock) {
		this.studies = studies;
		this.filters = filters;
		this.favourites = favourites;
		this.clock = clock;
	}

	@GetMapping("/dashboard/studies")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String language, @RequestParam(defaultValue = "") String month,
			@RequestParam(defaultValue = "START") String sort, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		var keyword = StudyFilters.keyword(q);
		var lang = Language.of(locale);
		var chosen = StudyChoices.read(type, language, month, sort);
		var skills = filters.skills(keyword, lang);
		var found = chosen.error() != null ? new StudyPage(List.of(), 0, PAGE_SIZE, 0)
				: studies.starting(keyword, skills.stream().map(ConceptMatch::uri).toList(), chosen.type(),
						chosen.language(), chosen.month(), LocalDate.now(clock), chosen.order().equals("TITLE"), page,
						PAGE_SIZE);
		var starred = favourites.starredAmong(user.personId(), Favourite.Kind.STUDY,
				found.items().stream().map(study -> study.id().toString()).toList());
		model.addAttribute("page",
				new StudiesPage(found, keyword, chosen.type(), chosen.language(),
						chosen.month() == null ? "" : month.strip(), chosen.order(),
						skills.stream().map(match -> match.label().text()).toList(), starred, chosen.error()));
		return "dashboard/studies";
	}

}
