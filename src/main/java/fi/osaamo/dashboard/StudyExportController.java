package fi.osaamo.dashboard;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import fi.osaamo.platform.Language;
import fi.osaamo.studies.Study;
import fi.osaamo.studies.StudyManagement;
import fi.osaamo.taxonomy.ConceptMatch;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Exports the starting studies the studies tab's filters find, as CSV or Excel. */
@Controller
@PreAuthorize("hasAnyRole('GROWTH_TEAM', 'PLATFORM_ADMIN')")
class StudyExportController {

	static final int EXPORT_LIMIT = 10_000;

	private static final List<String> COLUMNS = List.of("title", "provider", "type", "language", "start", "end",
			"duration", "cost", "url");

	private final StudyManagement studies;

	private final StudyFilters filters;

	private final MessageSource messages;

	private final Clock clock;

	StudyExportController(StudyManagement studies, StudyFilters filters, MessageSource messages, Clock clock) {
		this.studies = studies;
		this.filters = filters;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/dashboard/studies.{format:csv|xlsx}")
	void export(@PathVariable String format, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String language, @RequestParam(defaultValue = "") String month,
			@RequestParam(defaultValue = "START") String sort, Locale locale, HttpServletResponse response)
			throws IOException {
		var keyword = StudyFilters.keyword(q);
		var skills = filters.skills(keyword, Language.of(locale)).stream().map(ConceptMatch::uri).toList();
		var found = studies.starting(keyword, skills, StudyFilters.type(type), StudyFilters.language(language),
				StudyFilters.month(month), LocalDate.now(clock), StudyFilters.sort(sort).equals("TITLE"), 0,
				EXPORT_LIMIT);
		Exports.Rows rows = row -> found.items().forEach(study -> row.accept(cells(study, locale)));
		Exports.send(format, "studies", COLUMNS, rows, messages, locale, response);
	}

	private List<@Nullable Object> cells(Study study, Locale locale) {
		return Arrays.asList(study.title(), study.provider(),
				messages.getMessage("studyType." + study.type(), null, study.type().name(), locale), study.language(),
				study.startDate(), study.endDate(), study.durationHours(), study.costEur(), study.url());
	}

}
