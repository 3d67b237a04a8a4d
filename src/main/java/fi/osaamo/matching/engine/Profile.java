package fi.osaamo.matching.engine;

import java.util.Arrays;

/**
 * A person's skills as the engine sees them: skill ids with levels 1–5, sorted by id.
 * Nothing else about the person (name, age, gender, nationality, contact data) exists
 * here, so nothing else can enter a score.
 */
public final class Profile {

	private final int[] skills;

	private final byte[] levels;

	private Profile(int[] skills, byte[] levels) {
		this.skills = skills;
		this.levels = levels;
	}

	/**
	 * A profile from parallel arrays, in any order; a skill given twice keeps its highest
	 * level, unknown skills (id below 0) are left out.
	 * @param skills the skill ids
	 * @param levels the levels 1–5
	 * @return the profile
	 */
	public static Profile of(int[] skills, int[] levels) {
		if (skills.length != levels.length) {
			throw new IllegalArgumentException("skills and levels differ in length");
		}
		var order = new Integer[skills.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Integer.compare(skills[a], skills[b]));
		var ids = new int[skills.length];
		var lv = new byte[skills.length];
		int n = 0;
		for (var i : order) {
			if (skills[i] < 0) {
				continue;
			}
			if (levels[i] < 1 || levels[i] > 5) {
				throw new IllegalArgumentException("level out of 1–5: " + levels[i]);
			}
			if (n > 0 && ids[n - 1] == skills[i]) {
				lv[n - 1] = (byte) Math.max(lv[n - 1], levels[i]);
				continue;
			}
			ids[n] = skills[i];
			lv[n] = (byte) levels[i];
			n++;
		}
		return new Profile(Arrays.copyOf(ids, n), Arrays.copyOf(lv, n));
	}

	public int size() {
		return skills.length;
	}

	public int skill(int index) {
		return skills[index];
	}

	public int level(int index) {
		return levels[index];
	}

	/**
	 * The level of a skill.
	 * @param skill the skill id
	 * @return its level, or 0 if the profile lacks it
	 */
	public int levelOf(int skill) {
		var index = Arrays.binarySearch(skills, skill);
		return index < 0 ? 0 : levels[index];
	}

	public boolean has(int skill) {
		return Arrays.binarySearch(skills, skill) >= 0;
	}

}
