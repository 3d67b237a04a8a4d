package fi.osaamo.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The slots of a {@link ProfileIndex}: which person holds which slot number and their
 * profile there, reusing the slots of people removed. Not thread-safe: the profile index
 * guards it with its lock.
 */
final class ProfileSlots {

	private final Map<UUID, Integer> slots = new HashMap<>();

	private final ArrayList<Integer> free = new ArrayList<>();

	private UUID[] people = new UUID[1024];

	private @Nullable Profile[] profiles = new Profile[1024];

	private int capacity;

	@Nullable Integer slotOf(UUID person) {
		return slots.get(person);
	}

	/**
	 * Gives a person a slot, one freed before if there is one.
	 * @param person the person
	 * @return the slot
	 */
	int add(UUID person) {
		int slot = free.isEmpty() ? capacity++ : free.remove(free.size() - 1);
		if (slot >= people.length) {
			people = Arrays.copyOf(people, people.length * 2);
			profiles = Arrays.copyOf(profiles, profiles.length * 2);
		}
		slots.put(person, slot);
		people[slot] = person;
		return slot;
	}

	/**
	 * Empties a person's slot and frees it for reuse.
	 * @param person the person
	 * @param slot their slot
	 */
	void release(UUID person, int slot) {
		slots.remove(person);
		profiles[slot] = null;
		people[slot] = null;
		free.add(slot);
	}

	@Nullable Profile profile(int slot) {
		return profiles[slot];
	}

	void profile(int slot, Profile profile) {
		profiles[slot] = profile;
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
