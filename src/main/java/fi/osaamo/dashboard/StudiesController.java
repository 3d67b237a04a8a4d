package fi.osaamo.dashboard;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.studies.StudyManagement;
import fi.osaamo.studies.StudyPage;
import fi.osaamo.studies.StudyType;
import fi.osaamo.taxonomy.ConceptMatch;
import fi.osaamo.taxonomy.TaxonomyManagement;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Starting studies by keyword (words, or a competence the taxonomy names), type, teaching
 * language and start month, with order, pages and exports.
 */
@Controller
@PreAuthorize("hasAnyRole('GROWTH_TEAM', 'PLATFORM_ADMIN')")
class StudiesController {

	static final int PAGE_SIZE = 25;

	static final int EXPORT_LIMIT = 10_000;

	private final StudyManagement studies;

	private final TaxonomyManagement taxonomy;

	private final Favourites favourites;

	private final MessageSource messages;

	private final Clock clock;

	StudiesController(StudyManagement studies, TaxonomyManagement taxonomy, Favourites favourites,
			MessageSource messages, Clock clock) {
		this.studies = studies;
		this.taxonomy = taxonomy;
		this.favourites = favourites;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/dashboard/studies")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String language, @RequestParam(defaultValue = "") String month,
			@RequestParam(defaultValue = "START") String sort, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		var keyword = q.length() > 200 ? q.substring(0, 200) : q.strip();
		var lang = Language.of(locale);
		StudyType chosenType = null;
		String chosenLanguage = null;
		YearMonth chosenMonth = null;
		var order = "START";
		InvalidInputException error = null;
		try {
			chosenType = type(type);
			chosenLanguage = language(language);
			chosenMonth = month(month);
			order = sort(sort);
		}
		catch (InvalidInputException ex) {
			error = ex;
		}
		var skills = skills(keyword, lang);
		var found = error != null ? new StudyPage(List.of(), 0, PAGE_SIZE, 0)
				: studies.starting(keyword, skills.stream().map(ConceptMatch::uri).toList(), chosenType, chosenLanguage,
						chosenMonth, LocalDate.now(clock), order.equals("TITLE"), page, PAGE_SIZE);
		var starred = favourites.starredAmong(user.personId(), Favourite.Kind.STUDY,
				found.items().stream().map(study -> study.id().toString()).toList());
		model.addAttribute("page",
				new StudiesPage(found, keyword, chosenType, chosenLanguage, chosenMonth == null ? "" : month.strip(),
						order, skills.stream().map(match -> match.label().text()).toList(), starred, error));
		return "dashboard/studies";
	}

	@GetMapping("/dashboard/studies.{format:csv|xlsx}")
	void export(@PathVariable String format, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String language, @RequestParam(defaultValue = "") String month,
			@RequestParam(defaultValue = "START") String sort, Locale locale, HttpServletResponse response)
			throws IOException {
		var keyword = q.length() > 200 ? q.substring(0, 200) : q.strip();
		var skills = skills(keyword, Language.of(locale)).stream().map(ConceptMatch::uri).toList();
		var found = studies.starting(keyword, skills, type(type), language(language), month(month),
				LocalDate.now(clock), sort(sort).equals("TITLE"), 0, EXPORT_LIMIT);
		Exports.Rows rows = row -> found.items()
			.forEach(study -> row.accept(Arrays.asList(study.title(), study.provider(),
					messages.getMessage("studyType." + study.type(), null, study.type().name(), locale),
					study.language(), study.startDate(), study.endDate(), study.durationHours(), study.costEur(),
					study.url())));
		Exports.send(format, "studies",
				List.of("title", "provider", "type", "language", "start", "end", "duration", "cost", "url"), rows,
				messages, locale, response);
	}

	private List<ConceptMatch> skills(String keyword, Language language) {
		return keyword.isEmpty() ? List.of()
				: taxonomy.searchSkills(keyword, language, TalentSearch.SKILLS_PER_KEYWORD);
	}

	private static @Nullable StudyType type(@Nullable String type) {
		if (type == null || type.isBlank()) {
			return null;
		}
		try {
			return StudyType.valueOf(type);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("type", "validation.choice", type);
		}
	}

	private static @Nullable String language(@Nullable String language) {
		if (language == null || language.isBlank()) {
			return null;
		}
		if (!Set.of("fi", "sv", "en").contains(language)) {
			throw new InvalidInputException("language", "validation.choice", language);
		}
		return language;
	}

	private static @Nullable YearMonth month(String month) {
		if (month.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("month", "dashboard.studies.badMonth", month);
		}
	}

	private static String sort(String sort) {
		if (!sort.equals("START") && !sort.equals("TITLE")) {
			throw new InvalidInputException("sort", "validation.choice", sort);
		}
		return sort;
	}

}
