package fi.osaamo.dashboard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.competence.TalentDirectory;
import fi.osaamo.competence.TalentFilter;
import fi.osaamo.competence.TalentMatch;
import fi.osaamo.competence.TalentMatch.SkillLevel;
import fi.osaamo.competence.TalentProfile;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.ConceptRef;
import fi.osaamo.taxonomy.TaxonomyManagement;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Talents for the growth team: pseudonymous people who opted in to being visible to the
 * team's city, all of them or by a competence keyword, narrowed by situation,
 * municipality and the work they look for, and exported as a spreadsheet.
 */
@Controller
@PreAuthorize("hasRole('GROWTH_TEAM')")
class TalentsController {

	static final int PAGE_SIZE = 25;

	static final int EXPORT_LIMIT = 5_000;

	private final Teams teams;

	private final TalentSearch search;

	private final TaxonomyManagement taxonomy;

	private final ClassificationManagement classifications;

	private final MessageSource messages;

	private final Employers employers;

	TalentsController(Teams teams, TalentSearch search, TaxonomyManagement taxonomy,
			ClassificationManagement classifications, MessageSource messages, Employers employers) {
		this.teams = teams;
		this.search = search;
		this.taxonomy = taxonomy;
		this.classifications = classifications;
		this.messages = messages;
		this.employers = employers;
	}

	@GetMapping("/dashboard/talents")
	String list(TalentsPage.Form asked, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		var language = Language.of(locale);
		var team = teams.teamOf(user.personId());
		var level = 3;
		Employer employer = null;
		TalentFilter filter = TalentFilter.ANY;
		InvalidInputException error = null;
		try {
			level = level(asked.level());
			filter = filter(asked);
			employer = asked.company().isEmpty() ? null : employers.pick(asked.company());
		}
		catch (InvalidInputException ex) {
			error = ex;
		}
		var form = asked;
		if (team.isEmpty()) {
			model.addAttribute("page", TalentsPage.outsideTeams(form));
			return "dashboard/talents";
		}
		var facets = search.facets(team.get().id());
		if (error != null || (employer != null && employer.company() == null)) {
			model.addAttribute("page", TalentsPage.unsearched(team.get().name(), form, employer, facets,
					labels(facets.occupations().keySet(), language), municipalities(facets, language), error));
			return "dashboard/talents";
		}
		var result = search.search(team.get().id(), form.query(), level, language,
				employer == null ? null : employer.employees(), filter, Math.max(0, page), PAGE_SIZE);
		var uris = new HashSet<String>(result.searched());
		uris.addAll(facets.occupations().keySet());
		result.page().talents().forEach(talent -> talent.skills().forEach(skill -> uris.add(skill.uri())));
		model.addAttribute("page",
				new TalentsPage(team.get().name(), form, employer, result.step().name(), result.level(),
						result.searched(), result.related(), result.page().talents(), result.page().total(),
						Math.max(0, page), (int) Math.ceil(result.page().total() / (double) PAGE_SIZE),
						labels(uris, language), facets, municipalities(facets, language), null));
		return "dashboard/talents";
	}

	@GetMapping("/dashboard/talents.{format:csv|xlsx}")
	void export(@PathVariable String format, TalentsPage.Form asked, @AuthenticationPrincipal PersonPrincipal user,
			Locale locale, HttpServletResponse response) throws IOException {
		var team = teams.teamOf(user.personId())
			.orElseThrow(() -> new AccessDeniedException("Talents are found by a growth team"));
		var language = Language.of(locale);
		var employer = asked.company().isEmpty() ? null : employers.pick(asked.company());
		if (employer != null && employer.company() == null) {
			throw new InvalidInputException("company", "dashboard.talents.chooseCompany", asked.company());
		}
		var result = search.search(team.id(), asked.query(), level(asked.level()), language,
				employer == null ? null : employer.employees(), filter(asked), 0, EXPORT_LIMIT);
		var talents = result.page().talents();
		var labels = labels(
				talents.stream().flatMap(talent -> talent.skills().stream()).map(SkillLevel::uri).distinct().toList(),
				language);
		Exports.Rows rows = row -> talents.forEach(talent -> row.accept(
				new ArrayList<>(List.of(talent.pseudonym(), skills(talent, labels, locale), talent.skills().size()))));
		Exports.send(format, "talents", List.of("pseudonym", "skills", "matched"), rows, messages, locale, response);
	}

	/** A talent's skills with their levels, as one cell of the export. */
	private String skills(TalentMatch talent, Map<String, ConceptRef> labels, Locale locale) {
		return talent.skills().stream().map(skill -> {
			var concept = labels.get(skill.uri());
			return (concept == null ? skill.uri() : concept.label().text()) + " ("
					+ messages.getMessage("level." + skill.level(), null, locale) + ")";
		}).collect(Collectors.joining("; "));
	}

	private TalentFilter filter(TalentsPage.Form asked) {
		var situation = asked.situation().isEmpty() ? null
				: Arrays.stream(TalentProfile.Situation.values())
					.filter(value -> value.name().equals(asked.situation()))
					.findFirst()
					.orElseThrow(() -> new InvalidInputException("situation", "validation.choose"));
		if (!asked.municipality().isEmpty()
				&& classifications.municipality(asked.municipality(), Language.FI).isEmpty()) {
			throw new InvalidInputException("municipality", "validation.municipality");
		}
		if (!asked.occupation().isEmpty() && !taxonomy.isOccupation(asked.occupation())) {
			throw new InvalidInputException("occupation", "validation.choose");
		}
		return new TalentFilter(situation, asked.municipality().isEmpty() ? null : asked.municipality(),
				asked.occupation().isEmpty() ? null : asked.occupation());
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

	private static int level(String value) {
		if (!value.matches("[1-5]")) {
			throw new InvalidInputException("level", "validation.choice", value);
		}
		return Integer.parseInt(value);
	}

}
