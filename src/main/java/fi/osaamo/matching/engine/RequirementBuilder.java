package fi.osaamo.matching.engine;

/**
 * Collects the required skills and the occupation of a {@link Requirement}.
 */
public final class RequirementBuilder {

	private int[] skills = new int[8];

	private byte[] levels = new byte[8];

	private float[] weights = new float[8];

	private boolean[] must = new boolean[8];

	private int size;

	private int[] occupationSkills = new int[0];

	RequirementBuilder() {
	}

	/**
	 * Adds a required skill; an unknown skill (id below 0) is kept, and can only be
	 * missing.
	 * @param skill the skill id
	 * @param level the minimum level 1–5
	 * @param weight the weight, above 0
	 * @param mustHave whether it is a must-have
	 * @return this builder
	 */
	public RequirementBuilder skill(int skill, int level, double weight, boolean mustHave) {
		if (level < 1 || level > 5) {
			throw new IllegalArgumentException("level out of 1–5: " + level);
		}
		ensureRoom();
		skills[size] = skill;
		levels[size] = (byte) level;
		weights[size] = (float) (mustHave ? weight * Scorer.MUST_FACTOR : weight);
		must[size] = mustHave;
		size++;
		return this;
	}

	private void ensureRoom() {
		if (size == skills.length) {
			skills = java.util.Arrays.copyOf(skills, size * 2);
			levels = java.util.Arrays.copyOf(levels, size * 2);
			weights = java.util.Arrays.copyOf(weights, size * 2);
			must = java.util.Arrays.copyOf(must, size * 2);
		}
	}

	public RequirementBuilder occupation(int[] essentialSkills) {
		this.occupationSkills = essentialSkills.clone();
		java.util.Arrays.sort(this.occupationSkills);
		return this;
	}

	public Requirement build() {
		return new Requirement(java.util.Arrays.copyOf(skills, size), java.util.Arrays.copyOf(levels, size),
				java.util.Arrays.copyOf(weights, size), java.util.Arrays.copyOf(must, size), occupationSkills);
	}

}
