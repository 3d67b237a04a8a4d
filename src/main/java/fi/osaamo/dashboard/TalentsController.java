package fi.osaamo.dashboard;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.competence.TalentDirectory;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.ConceptRef;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Talents for the growth team: pseudonymous people who opted in to being visible to the
 * team's city, all of them or by a competence keyword, narrowed by situation,
 * municipality and the work they look for.
 */
@Controller
@PreAuthorize("hasRole('GROWTH_TEAM')")
class TalentsController {

	static final int PAGE_SIZE = 25;

	private final Teams teams;

	private final TalentSearch search;

	private final TalentFilters filters;

	private final TaxonomyManagement taxonomy;

	private final ClassificationManagement classifications;

	TalentsController(Teams teams, TalentSearch search, TalentFilters filters, TaxonomyManagement taxonomy,
			ClassificationManagement classifications) {
		this.teams = teams;
		this.search = search;
		this.filters = filters;
		this.taxonomy = taxonomy;
		this.classifications = classifications;
	}

	@GetMapping("/dashboard/talents")
	String list(TalentsForm asked, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		var language = Language.of(locale);
		var team = teams.teamOf(user.personId());
		var read = filters.read(asked);
		if (team.isEmpty()) {
			model.addAttribute("page", TalentsPage.outsideTeams(asked));
			return "dashboard/talents";
		}
		var facets = search.facets(team.get().id());
		model.addAttribute("page",
				read.searchable() ? found(team.get(), asked, read, Math.max(0, page), facets, language)
						: unsearched(team.get(), asked, read, facets, language));
		return "dashboard/talents";
	}

	private TalentsPage unsearched(Teams.Team team, TalentsForm form, TalentFilters.Read read,
			TalentDirectory.Facets facets, Language language) {
		return TalentsPage.unsearched(team.name(), form, read.employer(), facets,
				labels(facets.occupations().keySet(), language), municipalities(facets, language), read.error());
	}

	private TalentsPage found(Teams.Team team, TalentsForm form, TalentFilters.Read read, int page,
			TalentDirectory.Facets facets, Language language) {
		var employer = read.employer();
		var result = search.search(team.id(), form.query(), read.level(), language,
				employer == null ? null : employer.employees(), read.filter(), page, PAGE_SIZE);
		return new TalentsPage(team.name(), form, employer, result.step(), result.level(), result.searched(),
				result.related(), result.page().talents(), result.page().total(), page,
				(int) Math.ceil(result.page().total() / (double) PAGE_SIZE), labels(uris(result, facets), language),
				facets, municipalities(facets, language), null);
	}

	/** The skills and occupations the page names. */
	private static Set<String> uris(TalentSearch.Result result, TalentDirectory.Facets facets) {
		var uris = new HashSet<String>(result.searched());
		uris.addAll(facets.occupations().keySet());
		result.page().talents().forEach(talent -> talent.skills().forEach(skill -> uris.add(skill.uri())));
		return uris;
	}

	private Map<String, ConceptRef> labels(Collection<String> uris, Language language) {
		return taxonomy.byUris(uris, language);
	}

	private Map<String, String> municipalities(TalentDirectory.Facets facets, Language language) {
		var names = new HashMap<String, String>();
		facets.municipalities()
			.keySet()
			.forEach(code -> classifications.municipality(code, language)
				.ifPresent(municipality -> names.put(code, municipality.name())));
		return names;
	}

}
