package fi.osaamo.dashboard;

import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.jspecify.annotations.Nullable;
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
 * list with filters and notes. The name kept with a favourite is read on the server when
 * it is starred, never taken from the request.
 */
@Controller
@PreAuthorize("hasAnyRole('GROWTH_TEAM', 'PLATFORM_ADMIN')")
class FavouritesController {

	private final Favourites favourites;

	private final FavouritePages pages;

	private final FavouriteLabels labels;

	FavouritesController(Favourites favourites, FavouritePages pages, FavouriteLabels labels) {
		this.favourites = favourites;
		this.pages = pages;
		this.labels = labels;
	}

	@GetMapping("/dashboard/favourites")
	String list(@RequestParam(required = false) @Nullable String kind, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "NEWEST") String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @Nullable String saved, @AuthenticationPrincipal PersonPrincipal user,
			Model model) {
		model.addAttribute("page", pages.page(user.personId(), kind, q, sort, page, null, saved != null));
		return "dashboard/favourites";
	}

	@PostMapping("/dashboard/favourites/{kind}/{target}")
	String star(@PathVariable String kind, @PathVariable String target,
			@RequestParam(defaultValue = "true") boolean starred,
			@RequestParam(defaultValue = "/dashboard/favourites") String returnTo,
			@AuthenticationPrincipal PersonPrincipal user, HtmxRequest htmx, Model model) {
		var chosen = known(kind);
		toggle(user.personId(), chosen, target, starred);
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
		var chosen = known(kind);
		try {
			favourites.note(user.personId(), chosen, target, note);
			var back = safe(returnTo);
			return "redirect:" + back + (back.contains("?") ? "&" : "?") + "saved";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", pages.page(user.personId(), null, "", "NEWEST", 0, ex, false));
			return "dashboard/favourites";
		}
	}

	private void toggle(PersonId person, Favourite.Kind kind, String target, boolean starred) {
		if (starred) {
			favourites.star(person, kind, target, labels.label(person, kind, target));
		}
		else {
			favourites.unstar(person, kind, target);
		}
	}

	/** The kind named in the path; an unknown one is a page not found. */
	private static Favourite.Kind known(String kind) {
		var chosen = FavouritePages.kind(kind);
		if (chosen == null) {
			throw new NotFoundException("favourite kind " + kind);
		}
		return chosen;
	}

	/** Only a path of the dashboard: never a redirect off the site. */
	private static String safe(String returnTo) {
		return returnTo.startsWith("/dashboard") && !returnTo.startsWith("//") && !returnTo.contains("\\") ? returnTo
				: "/dashboard/favourites";
	}

}
