package fi.osaamo.matching.engine;

/**
 * The scoring model. Each required skill earns credit between 0 and 1:
 * <ul>
 * <li>the person has it at or above the required level: 1;</li>
 * <li>the person has it at a lower level: the share of the required level reached;</li>
 * <li>the person lacks it but has a broader, narrower or related skill:
 * {@value #RELATED_CREDIT} of what that skill's level would earn (the best such
 * skill);</li>
 * <li>otherwise: 0.</li>
 * </ul>
 * Credits are weighted (must-have skills count {@value #MUST_FACTOR} times their weight)
 * into the skill score. When the task names an occupation, how alike the person's skills
 * and the occupation's essential skills are (cosine similarity of the two skill sets)
 * counts for {@value #OCCUPATION_SHARE} of the score and the skill score for the rest.
 * The score is 0–100.
 */
public final class Scorer {

	/** How many times its weight a must-have skill counts. */
	public static final double MUST_FACTOR = 2.0;

	/** The share of credit a related skill earns in place of the one required. */
	public static final float RELATED_CREDIT = 0.5f;

	/** The share of the score that occupation similarity makes, when there is one. */
	public static final float OCCUPATION_SHARE = 0.3f;

	private final SkillGraph graph;

	public Scorer(SkillGraph graph) {
		this.graph = graph;
	}

	public SkillGraph graph() {
		return graph;
	}

	/**
	 * The score, without explanation and without allocating.
	 * @param profile the person's skills
	 * @param requirement what is required
	 * @return the score 0–1
	 */
	public float score(Profile profile, Requirement requirement) {
		float earned = 0;
		for (int i = 0; i < requirement.size(); i++) {
			earned += requirement.weight(i) * credit(profile, requirement, i);
		}
		var skillScore = requirement.totalWeight() == 0 ? 0 : earned / requirement.totalWeight();
		var occupation = requirement.occupationSkills();
		return combine(skillScore, similarity(shared(profile, occupation), profile.size(), occupation.length),
				occupation.length > 0);
	}

	/**
	 * The score with every part of it.
	 * @param profile the person's skills
	 * @param requirement what is required
	 * @return the explanation
	 */
	public Explanation explain(Profile profile, Requirement requirement) {
		return new Explainer(this).explain(profile, requirement);
	}

	static float relatedCredit(int level, int required) {
		return RELATED_CREDIT * Math.min(1f, level / (float) required);
	}

	float credit(Profile profile, Requirement requirement, int index) {
		var skill = requirement.skill(index);
		if (skill < 0) {
			return 0;
		}
		var required = requirement.level(index);
		var level = profile.levelOf(skill);
		if (level > 0) {
			return level >= required ? 1f : level / (float) required;
		}
		return bestRelatedCredit(profile, skill, required);
	}

	/** The most credit any of a skill's related skills earns a person. */
	private float bestRelatedCredit(Profile profile, int skill, int required) {
		float best = 0;
		for (var related : graph.related(skill)) {
			var candidate = profile.levelOf(related);
			if (candidate > 0) {
				best = Math.max(best, RELATED_CREDIT * Math.min(1f, candidate / (float) required));
			}
		}
		return best;
	}

	/**
	 * How alike a person's skills and an occupation's essential skills are: the skills
	 * both have over the geometric mean of the two sets' sizes (cosine similarity), so
	 * that neither a large occupation that contains the person's few skills nor a small
	 * one the person happens to cover looks as close as the person's own.
	 * @param shared how many skills both have
	 * @param profileSize how many skills the person has
	 * @param occupationSize how many essential skills the occupation has
	 * @return the similarity 0–1
	 */
	static float similarity(int shared, int profileSize, int occupationSize) {
		return profileSize == 0 || occupationSize == 0 ? 0
				: (float) (shared / Math.sqrt((double) profileSize * occupationSize));
	}

	static float combine(float skillScore, float occupationSimilarity, boolean hasOccupation) {
		return hasOccupation ? (1 - OCCUPATION_SHARE) * skillScore + OCCUPATION_SHARE * occupationSimilarity
				: skillScore;
	}

	/** How many of the sorted skills the profile has, walking both in step. */
	static int shared(Profile profile, int[] sortedSkills) {
		int count = 0;
		for (int i = 0, j = 0; i < profile.size() && j < sortedSkills.length;) {
			var a = profile.skill(i);
			var b = sortedSkills[j];
			count += a == b ? 1 : 0;
			i += a <= b ? 1 : 0;
			j += a >= b ? 1 : 0;
		}
		return count;
	}

}
