package fi.osaamo.dashboard;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.competence.CityTalents;
import fi.osaamo.competence.SharedMapping;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
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
 * One talent for the growth team: their mapping within what they opened to the city
 * (every view logged for them to see), and the contact request they approve or decline.
 */
@Controller
@PreAuthorize("hasRole('GROWTH_TEAM')")
class TalentController {

	private final Teams teams;

	private final CityTalents talents;

	private final TaxonomyManagement taxonomy;

	private final Favourites favourites;

	TalentController(Teams teams, CityTalents talents, TaxonomyManagement taxonomy, Favourites favourites) {
		this.teams = teams;
		this.talents = talents;
		this.taxonomy = taxonomy;
		this.favourites = favourites;
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
		return new TalentPage(mapping, taxonomy.byUris(skillUris(mapping), Language.of(locale)),
				talents.latestRequest(team.id(), person, viewer).orElse(null),
				talents.contactDetails(team.id(), person, viewer).orElse(null), message, error, sent,
				favourites.button(viewer, Favourite.Kind.TALENT, person.value().toString(),
						"/dashboard/talents/" + person.value()));
	}

	/** The skills the talent has and aims at. */
	private static Set<String> skillUris(SharedMapping mapping) {
		var uris = new HashSet<String>();
		mapping.skills().forEach(skill -> uris.add(skill.skillUri()));
		mapping.targets().forEach(target -> uris.add(target.skillUri()));
		return uris;
	}

	private Teams.Team team(PersonPrincipal user) {
		return teams.teamOf(user.personId())
			.orElseThrow(() -> new AccessDeniedException("Talents are found by a growth team"));
	}

}
