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

	Requirement(int[] skills, byte[] levels, float[] weights, boolean[] must, int[] occupationSkills) {
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

	public static RequirementBuilder builder() {
		return new RequirementBuilder();
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

}
