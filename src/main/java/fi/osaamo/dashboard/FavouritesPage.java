package fi.osaamo.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A member's favourites with their filters.
 *
 * @param favourites the page of favourites
 * @param total how many match the filters
 * @param kind the kind filter
 * @param query the text filter (label or note)
 * @param sort the order, {@code NEWEST} or {@code NAME}
 * @param page the page, from 0
 * @param pages how many pages
 * @param error what was wrong with the filters or the last note
 * @param saved whether a note was saved just now
 */
public record FavouritesPage(List<Favourite> favourites, long total, Favourite.@Nullable Kind kind, String query,
		String sort, int page, int pages, @Nullable InvalidInputException error, boolean saved) {

	public Favourite.Kind[] kinds() {
		return Favourite.Kind.values();
	}

	public String[] sorts() {
		return new String[] { "NEWEST", "NAME" };
	}

	public String link(int target) {
		return "/dashboard/favourites?" + parameters() + "&page=" + target;
	}

	public String exportLink(String format) {
		return "/dashboard/favourites." + format + "?" + parameters();
	}

	public String returnTo() {
		return link(page);
	}

	private String parameters() {
		return "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + (kind == null ? "" : "&kind=" + kind)
				+ "&sort=" + sort;
	}

}
