package fi.osaamo.companies;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The companies that meet criteria, as business IDs to narrow a search of the register.
 *
 * @param among only these, or {@code null} for no such limit
 * @param excluding never these
 */
public record AccountSelection(@Nullable Set<String> among, Set<String> excluding) {

	public AccountSelection {
		among = among == null ? null : Set.copyOf(among);
		excluding = Set.copyOf(excluding);
	}

}
