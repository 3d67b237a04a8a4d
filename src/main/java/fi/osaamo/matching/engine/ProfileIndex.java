package fi.osaamo.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.jspecify.annotations.Nullable;

/**
 * People's skill profiles in memory, with an inverted index from each skill to the people
 * who have it, so that ranking people for a requirement touches only the people who have
 * a required, related or occupation skill, never the database. Who shares their skills
 * with which organisation is kept beside, so that a ranking for an organisation leaves
 * out everyone else. Safe for concurrent reads and writes.
 */
public final class ProfileIndex {

	/** The worst of the best first, so that a bounded heap drops it. */
	private static final Comparator<Ranked> WORST_FIRST = (a, b) -> a.score() != b.score()
			? Float.compare(a.score(), b.score()) : b.person().compareTo(a.person());

	private static final Comparator<Ranked> BEST_FIRST = (a, b) -> a.score() != b.score()
			? Float.compare(b.score(), a.score()) : a.person().compareTo(b.person());

	private final Scorer scorer;

	private final SkillGraph graph;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final Map<UUID, Integer> slots = new HashMap<>();

	private final Map<UUID, BitSet> sharing = new HashMap<>();

	private final Map<UUID, Integer> versions = new HashMap<>();

	private final ArrayList<Integer> free = new ArrayList<>();

	private UUID[] people = new UUID[1024];

	private @Nullable Profile[] profiles = new Profile[1024];

	private int capacity;

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
		lock.writeLock().lock();
		try {
			var slot = slots.get(person);
			if (slot == null) {
				slot = free.isEmpty() ? capacity++ : free.remove(free.size() - 1);
				if (slot >= people.length) {
					people = Arrays.copyOf(people, people.length * 2);
					profiles = Arrays.copyOf(profiles, profiles.length * 2);
				}
				slots.put(person, slot);
				people[slot] = person;
			}
			else {
				unpost(slot);
			}
			profiles[slot] = profile;
			postings.post(slot, profile);
		}
		finally {
			lock.writeLock().unlock();
		}
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
		lock.writeLock().lock();
		try {
			var known = versions.get(person);
			if (known != null && known > version) {
				return false;
			}
			versions.put(person, version);
			put(person, profile);
			return true;
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	/**
	 * Removes a person altogether.
	 * @param person the person
	 */
	public void remove(UUID person) {
		lock.writeLock().lock();
		try {
			versions.remove(person);
			var slot = slots.remove(person);
			if (slot == null) {
				return;
			}
			unpost(slot);
			profiles[slot] = null;
			people[slot] = null;
			sharing.values().forEach(bits -> bits.clear(slot));
			free.add(slot);
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	/**
	 * Sets the organisations a person shares their skills with.
	 * @param person the person
	 * @param organisations the organisations, none to share with nobody
	 */
	public void share(UUID person, Set<UUID> organisations) {
		lock.writeLock().lock();
		try {
			var slot = slots.get(person);
			if (slot == null) {
				return;
			}
			sharing.values().forEach(bits -> bits.clear(slot));
			for (var organisation : organisations) {
				sharing.computeIfAbsent(organisation, id -> new BitSet()).set(slot);
			}
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	public int size() {
		lock.readLock().lock();
		try {
			return slots.size();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	public @Nullable Profile profile(UUID person) {
		lock.readLock().lock();
		try {
			var slot = slots.get(person);
			return slot == null ? null : profiles[slot];
		}
		finally {
			lock.readLock().unlock();
		}
	}

	public boolean sharesWith(UUID person, UUID organisation) {
		lock.readLock().lock();
		try {
			var slot = slots.get(person);
			var bits = sharing.get(organisation);
			return slot != null && bits != null && bits.get(slot);
		}
		finally {
			lock.readLock().unlock();
		}
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
			var s = scratch.get();
			s.ensure(capacity);
			var eligible = organisation == null ? null : sharing.get(organisation);
			if (organisation != null && eligible == null) {
				return List.of();
			}
			s.creditRequirements(requirement, postings, graph);
			s.countShared(requirement.occupationSkills(), postings);
			return best(s, requirement, eligible, limit);
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/**
	 * Scores the people a ranking touched, keeping the best in a bounded heap, and clears
	 * the scratch for the next ranking.
	 */
	private List<Ranked> best(RankingScratch s, Requirement requirement, @Nullable BitSet eligible, int limit) {
		var occupationSize = requirement.occupationSkills().length;
		var total = requirement.totalWeight();
		var heap = new PriorityQueue<Ranked>(Math.max(1, limit + 1), WORST_FIRST);
		for (int t = 0; t < s.touchedCount; t++) {
			var p = s.touched[t];
			if (eligible == null || eligible.get(p)) {
				offer(heap, limit, p, s.score(p, total, profiles[p].size(), occupationSize));
			}
			s.clear(p);
		}
		s.touchedCount = 0;
		var ranked = new ArrayList<>(heap);
		ranked.sort(BEST_FIRST);
		return ranked;
	}

	private void offer(PriorityQueue<Ranked> heap, int limit, int p, float score) {
		// Only a score that can enter the top is turned into an object.
		if (score > 0 && (heap.size() < limit || score >= heap.peek().score())) {
			heap.add(new Ranked(people[p], score));
			if (heap.size() > limit) {
				heap.poll();
			}
		}
	}

	/**
	 * Roughly how many bytes the index holds, for the benchmark's report.
	 * @return the estimate
	 */
	public long postings() {
		lock.readLock().lock();
		try {
			return postings.count();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	private void unpost(int slot) {
		var profile = profiles[slot];
		if (profile != null) {
			postings.unpost(slot, profile);
		}
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
