package fi.osaamo.dashboard;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A named filter of the company list: one of the member's own, or one ready-made.
 *
 * @param id its id; {@code null} for a ready-made one
 * @param name its name, or for a ready-made one the message key of its name
 * @param query the list's query string
 */
public record SavedFilter(@Nullable UUID id, String name, String query) {

	/**
	 * Whether it is ready-made (and so named by a message key, and not removable).
	 * @return whether it is
	 */
	public boolean readyMade() {
		return id == null;
	}

	public String link() {
		return "/dashboard/companies" + (query.isEmpty() ? "" : "?" + query);
	}

}
