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
		var ids = new int[skills.length];
		var lv = new byte[skills.length];
		int n = 0;
		for (var i : sortedBySkill(skills)) {
			n = skills[i] < 0 ? n : add(ids, lv, n, skills[i], levels[i]);
		}
		return new Profile(Arrays.copyOf(ids, n), Arrays.copyOf(lv, n));
	}

	/** The positions of the skills, in the order of the skills' ids. */
	private static Integer[] sortedBySkill(int[] skills) {
		var order = new Integer[skills.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Integer.compare(skills[a], skills[b]));
		return order;
	}

	/**
	 * Appends a skill at a level, or raises the level of the skill appended last when it
	 * is the same one.
	 * @return how many skills there are now
	 */
	private static int add(int[] ids, byte[] lv, int n, int skill, int level) {
		if (level < 1 || level > 5) {
			throw new IllegalArgumentException("level out of 1–5: " + level);
		}
		if (n > 0 && ids[n - 1] == skill) {
			lv[n - 1] = (byte) Math.max(lv[n - 1], level);
			return n;
		}
		ids[n] = skill;
		lv[n] = (byte) level;
		return n + 1;
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
