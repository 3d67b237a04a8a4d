package fi.osaamo.dashboard;

import java.util.Locale;
import java.util.Set;

import fi.osaamo.competence.CityOptIns;
import fi.osaamo.dashboard.Favourite.Kind;
import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a member's favourites as the filters in a request ask, for the page and its
 * exports; a talent appears only while the member's team may see them.
 */
@Component
class FavouritePages {

	static final int PAGE_SIZE = 50;

	private final FavouriteList list;

	private final CityOptIns talents;

	private final Teams teams;

	FavouritePages(FavouriteList list, CityOptIns talents, Teams teams) {
		this.list = list;
		this.talents = talents;
		this.teams = teams;
	}

	/** Every favourite the filters find, for an export. */
	FavouriteList.Page all(PersonId person, @Nullable String kind, String q, String sort) {
		return list.list(person, kind(kind), limit(q), sort(sort), 0, 10_000, visibleTalents(person));
	}

	FavouritesPage page(PersonId person, @Nullable String kind, String q, String sort, int page,
			@Nullable InvalidInputException error, boolean saved) {
		var filters = Filters.of(kind, sort);
		return page(person, filters.chosen(), limit(q), filters.order(), Math.max(0, page),
				error == null ? filters.error() : error, saved);
	}

	private FavouritesPage page(PersonId person, Favourite.@Nullable Kind kind, String query, FavouriteList.Sort order,
			int page, @Nullable InvalidInputException error, boolean saved) {
		var found = list.list(person, kind, query, order, page, PAGE_SIZE, visibleTalents(person));
		return new FavouritesPage(found.items(), found.total(), kind, query, order.name(), page,
				(int) Math.ceil(found.total() / (double) PAGE_SIZE), error, saved);
	}

	/** The starred talents the person's team may see now. */
	private Set<PersonId> visibleTalents(PersonId person) {
		var starred = list.starredTalents(person);
		if (starred.isEmpty()) {
			return Set.of();
		}
		return teams.teamOf(person).map(team -> talents.visibleAmong(team.id(), starred)).orElse(Set.of());
	}

	static Favourite.@Nullable Kind kind(@Nullable String kind) {
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

	private static FavouriteList.Sort sort(String sort) {
		try {
			return FavouriteList.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("sort", "validation.choice", sort);
		}
	}

	private static String limit(String q) {
		return q.length() > 200 ? q.substring(0, 200) : q;
	}

	/**
	 * The kind and order a request named, as far as they could be read, and what was
	 * wrong.
	 */
	private record Filters(@Nullable Kind chosen, FavouriteList.Sort order, @Nullable InvalidInputException error) {

		static Filters of(@Nullable String kind, String sort) {
			Favourite.Kind chosen = null;
			try {
				chosen = kind(kind);
				return new Filters(chosen, sort(sort), null);
			}
			catch (InvalidInputException ex) {
				return new Filters(chosen, FavouriteList.Sort.NEWEST, ex);
			}
		}

	}

}
