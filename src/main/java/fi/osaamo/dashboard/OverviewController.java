package fi.osaamo.dashboard;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.companies.NeedKind;
import fi.osaamo.companies.NeedReports;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The team's company needs over the last twelve months, by industry and by kind.
 */
@Controller
@PreAuthorize("hasAnyRole('GROWTH_TEAM', 'PLATFORM_ADMIN')")
class OverviewController {

	static final int MONTHS = 12;

	private final Teams teams;

	private final NeedReports needs;

	private final ClassificationManagement classifications;

	private final MessageSource messages;

	private final Clock clock;

	OverviewController(Teams teams, NeedReports needs, ClassificationManagement classifications, MessageSource messages,
			Clock clock) {
		this.teams = teams;
		this.needs = needs;
		this.classifications = classifications;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/dashboard/overview")
	String overview(@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		var language = Language.of(locale);
		var months = months();
		var team = teams.teamOf(user.personId());
		if (team.isEmpty()) {
			model.addAttribute("page", new OverviewPage(null, months, List.of(), Map.of(), 0));
			return "dashboard/overview";
		}
		var bySection = new TreeMap<String, int[]>();
		var kinds = new EnumMap<NeedKind, Integer>(NeedKind.class);
		var total = 0;
		for (var count : needs.countsByMonth(team.get().id(), months.get(0))) {
			var section = section(count.division(), language);
			bySection.computeIfAbsent(section, key -> new int[MONTHS])[months.indexOf(count.month())] += count.count();
			kinds.merge(count.kind(), count.count(), Integer::sum);
			total += count.count();
		}
		model.addAttribute("page",
				new OverviewPage(team.get().name(), months, rows(bySection, language, locale), kinds, total));
		return "dashboard/overview";
	}

	/** The last {@value #MONTHS} months, oldest first. */
	private List<YearMonth> months() {
		var last = YearMonth.now(clock);
		var months = new ArrayList<YearMonth>();
		for (var i = MONTHS - 1; i >= 0; i--) {
			months.add(last.minusMonths(i));
		}
		return months;
	}

	/** A row per industry section, the section with the most needs first. */
	private List<OverviewPage.Row> rows(Map<String, int[]> bySection, Language language, Locale locale) {
		var rows = new ArrayList<OverviewPage.Row>();
		bySection.forEach((code, counts) -> rows.add(new OverviewPage.Row(code, name(code, language, locale),
				Arrays.stream(counts).boxed().toList(), Arrays.stream(counts).sum())));
		rows.sort(Comparator.comparingInt(OverviewPage.Row::total).reversed());
		return rows;
	}

	private String section(@Nullable String division, Language language) {
		return classifications.industry(division, language)
			.map(found -> found.parent() == null ? found.code() : found.parent())
			.orElse("");
	}

	private String name(String section, Language language, Locale locale) {
		return section.isEmpty() ? messages.getMessage("dashboard.overview.unknownIndustry", null, locale)
				: classifications.industry(section, language).map(found -> found.name()).orElse(section);
	}

}
