package fi.osaamo.dashboard;

/**
 * The star that adds a thing to the member's favourites or takes it away.
 *
 * @param kind what it is
 * @param target its id
 * @param starred whether it is a favourite now
 * @param returnTo where the page goes after a change without JavaScript
 */
public record StarButton(Favourite.Kind kind, String target, boolean starred, String returnTo) {

	public String action() {
		return "/dashboard/favourites/" + kind + "/" + target;
	}

	public String id() {
		return "star-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + target;
	}

}
