package fi.osaamo.matching.engine;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Whom the people of a {@link ProfileIndex} share their skills with: a set of slots per
 * organisation. Not thread-safe: the profile index guards it with its lock.
 */
final class SharingBits {

	private final Map<UUID, BitSet> sharing = new HashMap<>();

	/**
	 * Sets the organisations a slot shares with, replacing the ones before.
	 * @param slot the person's slot
	 * @param organisations the organisations, none to share with nobody
	 */
	void share(int slot, Set<UUID> organisations) {
		clear(slot);
		for (var organisation : organisations) {
			sharing.computeIfAbsent(organisation, id -> new BitSet()).set(slot);
		}
	}

	void clear(int slot) {
		sharing.values().forEach(bits -> bits.clear(slot));
	}

	boolean shares(int slot, UUID organisation) {
		var bits = sharing.get(organisation);
		return bits != null && bits.get(slot);
	}

	/**
	 * The slots that share with an organisation.
	 * @param organisation the organisation
	 * @return the slots, or {@code null} when nobody shares with it
	 */
	@Nullable BitSet of(UUID organisation) {
		return sharing.get(organisation);
	}

}
