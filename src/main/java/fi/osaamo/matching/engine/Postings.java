package fi.osaamo.matching.engine;

import java.util.Arrays;

/**
 * The inverted index of {@link ProfileIndex}: for each skill, the slots of the people who
 * have it and their level, in growable parallel arrays. Not thread-safe: the profile
 * index guards it with its lock.
 */
final class Postings {

	private final int[][] people;

	private final byte[][] levels;

	private final int[] sizes;

	Postings(int skills) {
		this.people = new int[skills][];
		this.levels = new byte[skills][];
		this.sizes = new int[skills];
	}

	/**
	 * The slots of the people who have a skill; only the first {@link #size} are valid.
	 * @param skill the skill
	 * @return the slots, or {@code null} when nobody ever had the skill
	 */
	int[] people(int skill) {
		return people[skill];
	}

	/**
	 * The levels of the people who have a skill, parallel to {@link #people}.
	 * @param skill the skill
	 * @return the levels, or {@code null} when nobody ever had the skill
	 */
	byte[] levels(int skill) {
		return levels[skill];
	}

	int size(int skill) {
		return sizes[skill];
	}

	/**
	 * How many postings there are in all.
	 * @return the count
	 */
	long count() {
		long count = 0;
		for (var size : sizes) {
			count += size;
		}
		return count;
	}

	/**
	 * Posts every skill of a profile under a slot.
	 * @param slot the person's slot
	 * @param profile their skills
	 */
	void post(int slot, Profile profile) {
		for (int i = 0; i < profile.size(); i++) {
			post(profile.skill(i), slot, profile.level(i));
		}
	}

	/**
	 * Removes the postings of a slot for every skill of its profile.
	 * @param slot the person's slot
	 * @param profile the skills posted for it
	 */
	void unpost(int slot, Profile profile) {
		for (int i = 0; i < profile.size(); i++) {
			unpost(profile.skill(i), slot);
		}
	}

	private void post(int skill, int slot, int level) {
		var size = sizes[skill];
		ensureRoom(skill, size);
		people[skill][size] = slot;
		levels[skill][size] = (byte) level;
		sizes[skill] = size + 1;
	}

	private void ensureRoom(int skill, int size) {
		if (people[skill] == null) {
			people[skill] = new int[4];
			levels[skill] = new byte[4];
		}
		else if (size == people[skill].length) {
			people[skill] = Arrays.copyOf(people[skill], size * 2);
			levels[skill] = Arrays.copyOf(levels[skill], size * 2);
		}
	}

	private void unpost(int skill, int slot) {
		var slots = people[skill];
		var size = sizes[skill];
		for (int k = 0; k < size; k++) {
			if (slots[k] == slot) {
				slots[k] = slots[size - 1];
				levels[skill][k] = levels[skill][size - 1];
				sizes[skill] = size - 1;
				break;
			}
		}
	}

}
