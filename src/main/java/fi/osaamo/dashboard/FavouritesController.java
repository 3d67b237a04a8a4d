package fi.osaamo.dashboard;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fi.osaamo.competence.CityOptIns;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Favourites: a star on companies, job tasks, studies and talents, and the member's own
 * list with filters, notes and exports. The name kept with a favourite is read on the
 * server when it is starred, never taken from the request.
 */
@Controller
@PreAuthorize("hasAnyRole('GROWTH_TEAM', 'PLATFORM_ADMIN')")
class FavouritesController {

	static final int PAGE_SIZE = 50;

	private final Favourites favourites;

	private final FavouriteLabels labels;

	private final CityOptIns talents;

	private final Teams teams;

	private final MessageSource messages;

	FavouritesController(Favourites favourites, FavouriteLabels labels, CityOptIns talents, Teams teams,
			MessageSource messages) {
		this.favourites = favourites;
		this.labels = labels;
		this.talents = talents;
		this.teams = teams;
		this.messages = messages;
	}

	@GetMapping("/dashboard/favourites")
	String list(@RequestParam(required = false) @Nullable String kind, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "NEWEST") String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @Nullable String saved, @AuthenticationPrincipal PersonPrincipal user,
			Model model) {
		model.addAttribute("page", page(user.personId(), kind, q, sort, page, null, saved != null));
		return "dashboard/favourites";
	}

	@GetMapping("/dashboard/favourites.{format:csv|xlsx}")
	void export(@PathVariable String format, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "NEWEST") String sort,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, HttpServletResponse response)
			throws IOException {
		var found = favourites.list(user.personId(), kind(kind), limit(q), sort(sort), 0, 10_000,
				visibleTalents(user.personId()));
		Exports.Rows rows = row -> found.items()
			.forEach(favourite -> row.accept(
					Arrays.asList(messages.getMessage("dashboard.favourites.kind." + favourite.kind(), null, locale),
							favourite.label(), favourite.note(), favourite.createdAt().toString().substring(0, 10))));
		Exports.send(format, "favourites", List.of("kind", "name", "note", "starred"), rows, messages, locale,
				response);
	}

	@PostMapping("/dashboard/favourites/{kind}/{target}")
	String star(@PathVariable String kind, @PathVariable String target,
			@RequestParam(defaultValue = "true") boolean starred,
			@RequestParam(defaultValue = "/dashboard/favourites") String returnTo,
			@AuthenticationPrincipal PersonPrincipal user, HtmxRequest htmx, Model model) {
		var chosen = kind(kind);
		if (chosen == null) {
			throw new NotFoundException("favourite kind " + kind);
		}
		if (starred) {
			favourites.star(user.personId(), chosen, target, labels.label(user.personId(), chosen, target));
		}
		else {
			favourites.unstar(user.personId(), chosen, target);
		}
		if (htmx.isHtmxRequest()) {
			model.addAttribute("star", new StarButton(chosen, target, starred, safe(returnTo)));
			return "dashboard/star";
		}
		return "redirect:" + safe(returnTo);
	}

	@PostMapping("/dashboard/favourites/{kind}/{target}/note")
	String note(@PathVariable String kind, @PathVariable String target, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "/dashboard/favourites") String returnTo,
			@AuthenticationPrincipal PersonPrincipal user, Model model) {
		var chosen = kind(kind);
		if (chosen == null) {
			throw new NotFoundException("favourite kind " + kind);
		}
		try {
			favourites.note(user.personId(), chosen, target, note);
			var back = safe(returnTo);
			return "redirect:" + back + (back.contains("?") ? "&" : "?") + "saved";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", page(user.personId(), null, "", "NEWEST", 0, ex, false));
			return "dashboard/favourites";
		}
	}

	/** The starred talents the person's team may see now. */
	private Set<PersonId> visibleTalents(PersonId person) {
		var starred = favourites.starredTalents(person);
		if (starred.isEmpty()) {
			return Set.of();
		}
		return teams.teamOf(person).map(team -> talents.visibleAmong(team.id(), starred)).orElse(Set.of());
	}

	private FavouritesPage page(PersonId person, @Nullable String kind, String q, String sort, int page,
			@Nullable InvalidInputException error, boolean saved) {
		Favourite.Kind chosen = null;
		Favourites.Sort order = Favourites.Sort.NEWEST;
		try {
			chosen = kind(kind);
			order = sort(sort);
		}
		catch (InvalidInputException ex) {
			error = error == null ? ex : error;
		}
		var query = limit(q);
		var found = favourites.list(person, chosen, query, order, Math.max(0, page), PAGE_SIZE, visibleTalents(person));
		return new FavouritesPage(found.items(), found.total(), chosen, query, order.name(), Math.max(0, page),
				(int) Math.ceil(found.total() / (double) PAGE_SIZE), error, saved);
	}

	private static Favourite.@Nullable Kind kind(@Nullable String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return Favourite.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("kind", "validation.choice", kind);
		}
	}

	private static Favourites.Sort sort(String sort) {
		try {
			return Favourites.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("sort", "validation.choice", sort);
		}
	}

	private static String limit(String q) {
		return q.length() > 200 ? q.substring(0, 200) : q;
	}

	/** Only a path of the dashboard: never a redirect off the site. */
	private static String safe(String returnTo) {
		return returnTo.startsWith("/dashboard") && !returnTo.startsWith("//") && !returnTo.contains("\\") ? returnTo
				: "/dashboard/favourites";
	}

}
