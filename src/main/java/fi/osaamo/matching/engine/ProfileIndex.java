package fi.osaamo.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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

	private final int[][] postingPeople;

	private final byte[][] postingLevels;

	private final int[] postingSizes;

	private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

	public ProfileIndex(Scorer scorer) {
		this.scorer = scorer;
		this.graph = scorer.graph();
		this.postingPeople = new int[graph.size()][];
		this.postingLevels = new byte[graph.size()][];
		this.postingSizes = new int[graph.size()];
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
			for (int i = 0; i < profile.size(); i++) {
				post(profile.skill(i), slot, profile.level(i));
			}
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
			for (int i = 0; i < requirement.size(); i++) {
				var skill = requirement.skill(i);
				if (skill < 0) {
					continue;
				}
				var required = requirement.level(i);
				var stamp = i + 1;
				s.current = 0;
				var people = postingPeople[skill];
				var levels = postingLevels[skill];
				for (int k = 0, n = postingSizes[skill]; k < n; k++) {
					var p = people[k];
					var level = levels[k];
					s.credit[p] = level >= required ? 1f : level / (float) required;
					s.direct[p] = stamp;
					s.touchRequirement(p);
				}
				for (var related : graph.related(skill)) {
					var relatedPeople = postingPeople[related];
					var relatedLevels = postingLevels[related];
					for (int k = 0, n = postingSizes[related]; k < n; k++) {
						var p = relatedPeople[k];
						if (s.direct[p] == stamp) {
							continue;
						}
						var c = Scorer.RELATED_CREDIT * Math.min(1f, relatedLevels[k] / (float) required);
						if (s.direct[p] != -stamp) {
							s.direct[p] = -stamp;
							s.credit[p] = c;
							s.touchRequirement(p);
						}
						else if (c > s.credit[p]) {
							s.credit[p] = c;
						}
					}
				}
				var weight = requirement.weight(i);
				for (int t = 0; t < s.current; t++) {
					var p = s.requirementTouched[t];
					s.touch(p);
					s.earned[p] += weight * s.credit[p];
					s.credit[p] = 0;
				}
			}
			var occupation = requirement.occupationSkills();
			for (var skill : occupation) {
				var people = postingPeople[skill];
				for (int k = 0, n = postingSizes[skill]; k < n; k++) {
					s.touch(people[k]);
					s.shared[people[k]]++;
				}
			}
			var total = requirement.totalWeight();
			var heap = new PriorityQueue<Ranked>(Math.max(1, limit + 1), (a, b) -> a.score() != b.score()
					? Float.compare(a.score(), b.score()) : b.person().compareTo(a.person()));
			for (int t = 0; t < s.touchedCount; t++) {
				var p = s.touched[t];
				if (eligible == null || eligible.get(p)) {
					var skillScore = total == 0 ? 0 : s.earned[p] / total;
					var score = Scorer.combine(skillScore,
							Scorer.similarity(s.shared[p], profiles[p].size(), occupation.length),
							occupation.length > 0);
					// Only a score that can enter the top is turned into an object.
					if (score > 0 && (heap.size() < limit || score >= heap.peek().score())) {
						heap.add(new Ranked(this.people[p], score));
						if (heap.size() > limit) {
							heap.poll();
						}
					}
				}
				s.earned[p] = 0;
				s.shared[p] = 0;
				s.direct[p] = 0;
				s.seen[p] = false;
			}
			s.touchedCount = 0;
			var ranked = new ArrayList<>(heap);
			ranked.sort((a, b) -> a.score() != b.score() ? Float.compare(b.score(), a.score())
					: a.person().compareTo(b.person()));
			return ranked;
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/**
	 * Roughly how many bytes the index holds, for the benchmark's report.
	 * @return the estimate
	 */
	public long postings() {
		lock.readLock().lock();
		try {
			long count = 0;
			for (var size : postingSizes) {
				count += size;
			}
			return count;
		}
		finally {
			lock.readLock().unlock();
		}
	}

	private void post(int skill, int slot, int level) {
		var size = postingSizes[skill];
		if (postingPeople[skill] == null) {
			postingPeople[skill] = new int[4];
			postingLevels[skill] = new byte[4];
		}
		else if (size == postingPeople[skill].length) {
			postingPeople[skill] = Arrays.copyOf(postingPeople[skill], size * 2);
			postingLevels[skill] = Arrays.copyOf(postingLevels[skill], size * 2);
		}
		postingPeople[skill][size] = slot;
		postingLevels[skill][size] = (byte) level;
		postingSizes[skill] = size + 1;
	}

	private void unpost(int slot) {
		var profile = profiles[slot];
		if (profile == null) {
			return;
		}
		for (int i = 0; i < profile.size(); i++) {
			var skill = profile.skill(i);
			var people = postingPeople[skill];
			var size = postingSizes[skill];
			for (int k = 0; k < size; k++) {
				if (people[k] == slot) {
					people[k] = people[size - 1];
					postingLevels[skill][k] = postingLevels[skill][size - 1];
					postingSizes[skill] = size - 1;
					break;
				}
			}
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

	/** Per-thread working arrays, cleared after each ranking. */
	private static final class Scratch {

		float[] earned = new float[0];

		float[] credit = new float[0];

		int[] direct = new int[0];

		int[] shared = new int[0];

		boolean[] seen = new boolean[0];

		int[] touched = new int[0];

		int touchedCount;

		int[] requirementTouched = new int[0];

		int current;

		void ensure(int capacity) {
			if (earned.length < capacity) {
				var size = Math.max(capacity, earned.length * 2);
				earned = new float[size];
				credit = new float[size];
				direct = new int[size];
				shared = new int[size];
				seen = new boolean[size];
				touched = new int[size];
				requirementTouched = new int[size];
			}
		}

		void touch(int p) {
			if (!seen[p]) {
				seen[p] = true;
				touched[touchedCount++] = p;
			}
		}

		void touchRequirement(int p) {
			requirementTouched[current++] = p;
		}

	}

}
