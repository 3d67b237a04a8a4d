package fi.osaamo.dashboard;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import fi.osaamo.identity.PersonPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Exports a member's favourites, as the list's filters find them, as CSV or Excel. */
@Controller
@PreAuthorize("hasAnyRole('GROWTH_TEAM', 'PLATFORM_ADMIN')")
class FavouriteExportController {

	private final FavouritePages pages;

	private final MessageSource messages;

	FavouriteExportController(FavouritePages pages, MessageSource messages) {
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping("/dashboard/favourites.{format:csv|xlsx}")
	void export(@PathVariable String format, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "NEWEST") String sort,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, HttpServletResponse response)
			throws IOException {
		var found = pages.all(user.personId(), kind, q, sort);
		Exports.Rows rows = row -> found.items().forEach(favourite -> row.accept(cells(favourite, locale)));
		Exports.send(format, "favourites", List.of("kind", "name", "note", "starred"), rows, messages, locale,
				response);
	}

	private List<@Nullable Object> cells(Favourite favourite, Locale locale) {
		return Arrays.asList(messages.getMessage("dashboard.favourites.kind." + favourite.kind(), null, locale),
				favourite.label(), favourite.note(), favourite.createdAt().toString().substring(0, 10));
	}

}
