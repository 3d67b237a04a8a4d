package fi.osaamo.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The people of a {@link ProfileIndex}: which person holds which slot number, their
 * profile there and the postings of its skills, reusing the slots of people removed. Not
 * thread-safe: the profile index guards it with its lock.
 */
final class ProfileSlots {

	private final Postings postings;

	private final Map<UUID, Integer> slots = new HashMap<>();

	private final ArrayList<Integer> free = new ArrayList<>();

	private UUID[] people = new UUID[1024];

	private @Nullable Profile[] profiles = new Profile[1024];

	private int capacity;

	ProfileSlots(int skills) {
		this.postings = new Postings(skills);
	}

	/**
	 * Adds a person's profile or replaces it.
	 * @param person the person
	 * @param profile their skills
	 */
	void put(UUID person, Profile profile) {
		var slot = slots.get(person);
		if (slot == null) {
			slot = add(person);
		}
		else {
			unpost(slot);
		}
		profiles[slot] = profile;
		postings.post(slot, profile);
	}

	/**
	 * Removes a person and frees their slot for reuse.
	 * @param person the person
	 * @return the slot they had, or {@code null} if none
	 */
	@Nullable Integer remove(UUID person) {
		var slot = slots.remove(person);
		if (slot != null) {
			unpost(slot);
			profiles[slot] = null;
			people[slot] = null;
			free.add(slot);
		}
		return slot;
	}

	@Nullable Integer slotOf(UUID person) {
		return slots.get(person);
	}

	/** Gives a person a slot, one freed before if there is one. */
	private int add(UUID person) {
		int slot = free.isEmpty() ? capacity++ : free.remove(free.size() - 1);
		if (slot >= people.length) {
			people = Arrays.copyOf(people, people.length * 2);
			profiles = Arrays.copyOf(profiles, profiles.length * 2);
		}
		slots.put(person, slot);
		people[slot] = person;
		return slot;
	}

	private void unpost(int slot) {
		var profile = profiles[slot];
		if (profile != null) {
			postings.unpost(slot, profile);
		}
	}

	@Nullable Profile profile(int slot) {
		return profiles[slot];
	}

	Postings postings() {
		return postings;
	}

	UUID person(int slot) {
		return people[slot];
	}

	/** How many slots have ever been used, freed ones included. */
	int capacity() {
		return capacity;
	}

	int size() {
		return slots.size();
	}

}
