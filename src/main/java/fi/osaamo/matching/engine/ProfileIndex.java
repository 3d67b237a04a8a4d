package fi.osaamo.matching.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * People's skill profiles in memory, with an inverted index from each skill to the people
 * who have it, so that ranking people for a requirement touches only the people who have
 * a required, related or occupation skill, never the database. Who shares their skills
 * with which organisation is kept beside, so that a ranking for an organisation leaves
 * out everyone else. Safe for concurrent reads and writes.
 */
public final class ProfileIndex {

	private final Scorer scorer;

	private final ReadWriteGuard lock = new ReadWriteGuard();

	private final ProfileSlots slots;

	private final SharingBits sharing = new SharingBits();

	private final Map<UUID, Integer> versions = new HashMap<>();

	private final Ranker ranker;

	public ProfileIndex(Scorer scorer) {
		this.scorer = scorer;
		this.slots = new ProfileSlots(scorer.graph().size());
		this.ranker = new Ranker(slots, sharing, scorer.graph());
	}

	public Scorer scorer() {
		return scorer;
	}

	/**
	 * Adds a person's profile or replaces it.
	 * @param person the person
	 * @param profile their skills
	 */
	public void put(UUID person, Profile profile) {
		lock.write(() -> slots.put(person, profile));
	}

	/**
	 * Adds a person's profile or replaces it, unless the index already holds a newer
	 * version: when two edits race, the later one wins whichever event arrives last.
	 * @param person the person
	 * @param profile their skills
	 * @param version the version of the mapping the profile was read from
	 * @return whether the profile was stored
	 */
	public boolean put(UUID person, Profile profile, int version) {
		return lock.write(() -> {
			var known = versions.get(person);
			if (known != null && known > version) {
				return false;
			}
			versions.put(person, version);
			slots.put(person, profile);
			return true;
		});
	}

	/**
	 * Removes a person altogether.
	 * @param person the person
	 */
	public void remove(UUID person) {
		lock.write(() -> {
			versions.remove(person);
			var slot = slots.remove(person);
			if (slot != null) {
				sharing.clear(slot);
			}
		});
	}

	/**
	 * Sets the organisations a person shares their skills with.
	 * @param person the person
	 * @param organisations the organisations, none to share with nobody
	 */
	public void share(UUID person, Set<UUID> organisations) {
		lock.write(() -> {
			var slot = slots.slotOf(person);
			if (slot != null) {
				sharing.share(slot, organisations);
			}
		});
	}

	public int size() {
		return lock.read(slots::size);
	}

	public @Nullable Profile profile(UUID person) {
		return lock.read(() -> {
			var slot = slots.slotOf(person);
			return slot == null ? null : slots.profile(slot);
		});
	}

	public boolean sharesWith(UUID person, UUID organisation) {
		return lock.read(() -> {
			var slot = slots.slotOf(person);
			return slot != null && sharing.shares(slot, organisation);
		});
	}

	/**
	 * The best-scoring people for a requirement, with the same scores as
	 * {@link Scorer#score}.
	 * @param requirement what is required
	 * @param organisation only people who share their skills with this organisation, or
	 * everyone
	 * @param limit how many at most
	 * @return the people, best first; people with a score of 0 are left out
	 */
	public List<Ranked> rank(Requirement requirement, @Nullable UUID organisation, int limit) {
		return lock.read(() -> ranker.rank(requirement, organisation, limit));
	}

	/**
	 * Roughly how many bytes the index holds, for the benchmark's report.
	 * @return the estimate
	 */
	public long postings() {
		return lock.read(() -> slots.postings().count());
	}

	/**
	 * A person and their score.
	 *
	 * @param person the person
	 * @param score the score 0–1
	 */
	public record Ranked(UUID person, float score) {
	}

}
