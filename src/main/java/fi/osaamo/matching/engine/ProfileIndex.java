package fi.osaamo.matching.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

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

	private final SkillGraph graph;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final ProfileSlots slots = new ProfileSlots();

	private final SharingBits sharing = new SharingBits();

	private final Map<UUID, Integer> versions = new HashMap<>();

	private final Postings postings;

	private final ThreadLocal<RankingScratch> scratch = ThreadLocal.withInitial(RankingScratch::new);

	public ProfileIndex(Scorer scorer) {
		this.scorer = scorer;
		this.graph = scorer.graph();
		this.postings = new Postings(graph.size());
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
		writeLocked(() -> {
			var slot = slots.slotOf(person);
			if (slot == null) {
				slot = slots.add(person);
			}
			else {
				unpost(slot);
			}
			slots.profile(slot, profile);
			postings.post(slot, profile);
		});
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
		return writeLocked(() -> {
			var known = versions.get(person);
			if (known != null && known > version) {
				return false;
			}
			versions.put(person, version);
			put(person, profile);
			return true;
		});
	}

	/**
	 * Removes a person altogether.
	 * @param person the person
	 */
	public void remove(UUID person) {
		writeLocked(() -> {
			versions.remove(person);
			var slot = slots.slotOf(person);
			if (slot != null) {
				unpost(slot);
				slots.release(person, slot);
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
		writeLocked(() -> {
			var slot = slots.slotOf(person);
			if (slot != null) {
				sharing.share(slot, organisations);
			}
		});
	}

	public int size() {
		return readLocked(slots::size);
	}

	public @Nullable Profile profile(UUID person) {
		return readLocked(() -> {
			var slot = slots.slotOf(person);
			return slot == null ? null : slots.profile(slot);
		});
	}

	public boolean sharesWith(UUID person, UUID organisation) {
		return readLocked(() -> {
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
		lock.readLock().lock();
		try {
			return ranked(requirement, organisation, limit);
		}
		finally {
			lock.readLock().unlock();
		}
	}

	private List<Ranked> ranked(Requirement requirement, @Nullable UUID organisation, int limit) {
		var s = scratch.get();
		s.ensure(slots.capacity());
		var eligible = organisation == null ? null : sharing.of(organisation);
		if (organisation != null && eligible == null) {
			return List.of();
		}
		s.creditRequirements(requirement, postings, graph);
		s.countShared(requirement.occupationSkills(), postings);
		return new RankingHeap(slots, limit).collect(s, requirement, eligible);
	}

	/**
	 * Roughly how many bytes the index holds, for the benchmark's report.
	 * @return the estimate
	 */
	public long postings() {
		return readLocked(postings::count);
	}

	private void unpost(int slot) {
		var profile = slots.profile(slot);
		if (profile != null) {
			postings.unpost(slot, profile);
		}
	}

	private <T> T readLocked(Supplier<T> read) {
		lock.readLock().lock();
		try {
			return read.get();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	private <T> T writeLocked(Supplier<T> write) {
		lock.writeLock().lock();
		try {
			return write.get();
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	private void writeLocked(Runnable write) {
		writeLocked(() -> {
			write.run();
			return null;
		});
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
