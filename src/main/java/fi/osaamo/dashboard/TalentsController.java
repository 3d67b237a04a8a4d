package fi.osaamo.dashboard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.osaamo.competence.CityTalents;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.taxonomy.TaxonomyManagement;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Talents by competence for the growth team: pseudonymous people who opted in to being
 * visible to the team's city, their details within what they opened (every view logged),
 * and contact requests they approve or decline.
 */
@Controller
@PreAuthorize("hasRole('GROWTH_TEAM')")
class TalentsController {

	static final int PAGE_SIZE = 25;

	static final int EXPORT_LIMIT = 5_000;

	private final Teams teams;

	private final TalentSearch search;

	private final CityTalents talents;

	private final TaxonomyManagement taxonomy;

	private final MessageSource messages;

	private final Favourites favourites;

	private final Employers employers;

	TalentsController(Teams teams, TalentSearch search, CityTalents talents, TaxonomyManagement taxonomy,
			MessageSource messages, Favourites favourites, Employers employers) {
		this.favourites = favourites;
		this.employers = employers;
		this.teams = teams;
		this.search = search;
		this.talents = talents;
		this.taxonomy = taxonomy;
		this.messages = messages;
	}

	@GetMapping("/dashboard/talents")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "3") String level,
			@RequestParam(defaultValue = "") String company, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		var language = Language.of(locale);
		var keyword = limit(q);
		var companyText = limit(company);
		var team = teams.teamOf(user.personId());
		var asked = 3;
		Employer employer = null;
		InvalidInputException error = null;
		try {
			asked = level(level);
			employer = companyText.isEmpty() ? null : employers.pick(companyText);
		}
		catch (InvalidInputException ex) {
			error = ex;
		}
		var form = new TalentsPage.Form(keyword, asked, companyText, employer);
		if (team.isEmpty() || keyword.isEmpty() || error != null || (employer != null && employer.company() == null)) {
			model.addAttribute("page", new TalentsPage(team.map(Teams.Team::name).orElse(null), form, null, asked,
					Set.of(), Set.of(), List.of(), 0, 0, 0, Map.of(), error));
			return "dashboard/talents";
		}
		var result = search.search(team.get().id(), keyword, asked, language,
				employer == null ? null : employer.employees(), Math.max(0, page), PAGE_SIZE);
		var uris = new HashSet<String>(result.searched());
		result.page().talents().forEach(talent -> talent.skills().forEach(skill -> uris.add(skill.uri())));
		model.addAttribute("page", new TalentsPage(team.get().name(), form, result.step().name(), result.level(),
				result.searched(), result.related(), result.page().talents(), result.page().total(), Math.max(0, page),
				(int) Math.ceil(result.page().total() / (double) PAGE_SIZE), taxonomy.byUris(uris, language), null));
		return "dashboard/talents";
	}

	@GetMapping("/dashboard/talents.{format:csv|xlsx}")
	void export(@PathVariable String format, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "3") String level, @RequestParam(defaultValue = "") String company,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, HttpServletResponse response)
			throws IOException {
		var team = team(user);
		var language = Language.of(locale);
		var companyText = limit(company);
		var employer = companyText.isEmpty() ? null : employers.pick(companyText);
		if (employer != null && employer.company() == null) {
			throw new InvalidInputException("company", "dashboard.talents.chooseCompany", companyText);
		}
		var result = search.search(team.id(), limit(q), level(level), language,
				employer == null ? null : employer.employees(), 0, EXPORT_LIMIT);
		var uris = new HashSet<String>();
		result.page().talents().forEach(talent -> talent.skills().forEach(skill -> uris.add(skill.uri())));
		var labels = taxonomy.byUris(uris, language);
		var header = Arrays.stream(new String[] { "pseudonym", "skills", "matched" })
			.map(column -> messages.getMessage("dashboard.talents.column." + column, null, locale))
			.toList();
		Exports.Rows rows = row -> result.page()
			.talents()
			.forEach(talent -> row
				.accept(new ArrayList<>(List.of(talent.pseudonym(), talent.skills().stream().map(skill -> {
					var concept = labels.get(skill.uri());
					return (concept == null ? skill.uri() : concept.label().text()) + " ("
							+ messages.getMessage("level." + skill.level(), null, locale) + ")";
				}).collect(Collectors.joining("; ")), talent.skills().size()))));
		if (format.equals("csv")) {
			Exports.csv(response, "talents", header, rows);
		}
		else {
			Exports.xlsx(response, "talents", messages.getMessage("dashboard.tab.talents", null, locale), header, rows);
		}
	}

	@GetMapping("/dashboard/talents/{person}")
	String show(@PathVariable UUID person, @RequestParam(required = false) @Nullable String sent,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		model.addAttribute("page",
				page(team(user), new PersonId(person), user.personId(), locale, "", null, sent != null));
		return "dashboard/talent";
	}

	@PostMapping("/dashboard/talents/{person}/contact")
	String requestContact(@PathVariable UUID person, @RequestParam(defaultValue = "") String message,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		var team = team(user);
		try {
			talents.requestContact(team.id(), new PersonId(person), user.personId(), message);
			return "redirect:/dashboard/talents/" + person + "?sent";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", page(team, new PersonId(person), user.personId(), locale, message, ex, false));
			return "dashboard/talent";
		}
	}

	private TalentPage page(Teams.Team team, PersonId person, PersonId viewer, Locale locale, String message,
			@Nullable InvalidInputException error, boolean sent) {
		var mapping = talents.view(team.id(), person, viewer)
			.orElseThrow(() -> new NotFoundException("talent " + person));
		var uris = new HashSet<String>();
		mapping.skills().forEach(skill -> uris.add(skill.skillUri()));
		mapping.targets().forEach(target -> uris.add(target.skillUri()));
		return new TalentPage(mapping, taxonomy.byUris(uris, Language.of(locale)),
				talents.latestRequest(team.id(), person, viewer).orElse(null),
				talents.contactDetails(team.id(), person, viewer).orElse(null), message, error, sent,
				favourites.button(viewer, Favourite.Kind.TALENT, person.value().toString(),
						"/dashboard/talents/" + person.value()));
	}

	private Teams.Team team(PersonPrincipal user) {
		return teams.teamOf(user.personId())
			.orElseThrow(() -> new AccessDeniedException("Talents are found by a growth team"));
	}

	private static String limit(String text) {
		var stripped = text.strip();
		return stripped.length() > 200 ? stripped.substring(0, 200) : stripped;
	}

	private static int level(String value) {
		if (!value.matches("[1-5]")) {
			throw new InvalidInputException("level", "validation.choice", value);
		}
		return Integer.parseInt(value);
	}

}
