package fi.osaamo.matching.engine;

/**
 * What a job task (or any target) asks for: skills with a minimum level and a weight, and
 * optionally an occupation whose essential skills count for similarity.
 */
public final class Requirement {

	private final int[] skills;

	private final byte[] levels;

	private final float[] weights;

	private final boolean[] must;

	private final int[] occupationSkills;

	private final float totalWeight;

	private Requirement(int[] skills, byte[] levels, float[] weights, boolean[] must, int[] occupationSkills) {
		this.skills = skills;
		this.levels = levels;
		this.weights = weights;
		this.must = must;
		this.occupationSkills = occupationSkills;
		float total = 0;
		for (var weight : weights) {
			total += weight;
		}
		this.totalWeight = total;
	}

	public static Builder builder() {
		return new Builder();
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
	 * The effective weight of a required skill: a must-have skill counts
	 * {@value Scorer#MUST_FACTOR} times its weight.
	 * @param index the position
	 * @return the weight
	 */
	public float weight(int index) {
		return weights[index];
	}

	public boolean must(int index) {
		return must[index];
	}

	public float totalWeight() {
		return totalWeight;
	}

	/**
	 * The essential skills of the required occupation, sorted.
	 * @return the skills' ids; empty when no occupation is required
	 */
	public int[] occupationSkills() {
		return occupationSkills;
	}

	/**
	 * Collects the required skills.
	 */
	public static final class Builder {

		private int[] skills = new int[8];

		private byte[] levels = new byte[8];

		private float[] weights = new float[8];

		private boolean[] must = new boolean[8];

		private int size;

		private int[] occupationSkills = new int[0];

		private Builder() {
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
		public Builder skill(int skill, int level, double weight, boolean mustHave) {
			if (level < 1 || level > 5) {
				throw new IllegalArgumentException("level out of 1–5: " + level);
			}
			if (size == skills.length) {
				skills = java.util.Arrays.copyOf(skills, size * 2);
				levels = java.util.Arrays.copyOf(levels, size * 2);
				weights = java.util.Arrays.copyOf(weights, size * 2);
				must = java.util.Arrays.copyOf(must, size * 2);
			}
			skills[size] = skill;
			levels[size] = (byte) level;
			weights[size] = (float) (mustHave ? weight * Scorer.MUST_FACTOR : weight);
			must[size] = mustHave;
			size++;
			return this;
		}

		public Builder occupation(int[] essentialSkills) {
			this.occupationSkills = essentialSkills.clone();
			java.util.Arrays.sort(this.occupationSkills);
			return this;
		}

		public Requirement build() {
			return new Requirement(java.util.Arrays.copyOf(skills, size), java.util.Arrays.copyOf(levels, size),
					java.util.Arrays.copyOf(weights, size), java.util.Arrays.copyOf(must, size), occupationSkills);
		}

	}

}
