package fi.osaamo.matching.engine;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

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
		var occupation = requirement.occupationSkills();
		var skillShare = occupation.length > 0 ? 1 - OCCUPATION_SHARE : 1;
		var items = new ArrayList<Explanation.Item>();
		for (int i = 0; i < requirement.size(); i++) {
			items.add(item(profile, requirement, i, skillShare));
		}
		var shared = occupation.length == 0 ? 0 : shared(profile, occupation);
		var occupationPoints = occupation.length == 0 ? 0
				: 100 * OCCUPATION_SHARE * similarity(shared, profile.size(), occupation.length);
		return new Explanation(Math.round(100 * score(profile, requirement)), List.copyOf(items), shared,
				occupation.length, occupationPoints);
	}

	/**
	 * How one required skill is met: by the skill itself at the required level or a lower
	 * one, else by the related skill that earns the most, else not at all.
	 */
	private Explanation.Item item(Profile profile, Requirement requirement, int i, float skillShare) {
		var skill = requirement.skill(i);
		var required = requirement.level(i);
		var level = skill < 0 ? 0 : profile.levelOf(skill);
		if (level >= required) {
			return item(requirement, i, Explanation.Kind.MATCHED, level, 1, skillShare);
		}
		if (level > 0) {
			return item(requirement, i, Explanation.Kind.LOWER_LEVEL, level, level / (float) required, skillShare);
		}
		var best = skill < 0 ? -1 : bestRelated(profile, skill, required);
		if (best < 0) {
			return item(requirement, i, Explanation.Kind.MISSING, level, 0, skillShare);
		}
		var via = graph.related(skill)[best];
		var viaLevel = profile.levelOf(via);
		var credit = relatedCredit(viaLevel, required);
		return new Explanation.Item(i, skill, required, requirement.must(i), Explanation.Kind.RELATED, level, via,
				viaLevel, graph.relation(skill, best), credit, points(requirement, i, credit, skillShare));
	}

	private static Explanation.Item item(Requirement requirement, int i, Explanation.Kind kind, int level, float credit,
			float skillShare) {
		return new Explanation.Item(i, requirement.skill(i), requirement.level(i), requirement.must(i), kind, level, -1,
				0, null, credit, points(requirement, i, credit, skillShare));
	}

	/**
	 * Which of a skill's related skills earns a person the most credit.
	 * @return its index among the related skills, or -1 when the person has none of them
	 */
	private int bestRelated(Profile profile, int skill, int required) {
		var related = graph.related(skill);
		float best = 0;
		var index = -1;
		for (int j = 0; j < related.length; j++) {
			// A related skill the person lacks (level 0) earns 0 and is never the best.
			var credit = relatedCredit(profile.levelOf(related[j]), required);
			if (credit > best) {
				best = credit;
				index = j;
			}
		}
		return index;
	}

	private static float relatedCredit(int level, int required) {
		return RELATED_CREDIT * Math.min(1f, level / (float) required);
	}

	private static float points(Requirement requirement, int i, float credit, float skillShare) {
		return requirement.totalWeight() == 0 ? 0
				: 100 * skillShare * requirement.weight(i) * credit / requirement.totalWeight();
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

	private static int shared(Profile profile, int[] sortedSkills) {
		int count = 0;
		int i = 0;
		int j = 0;
		while (i < profile.size() && j < sortedSkills.length) {
			var a = profile.skill(i);
			var b = sortedSkills[j];
			if (a == b) {
				count++;
				i++;
				j++;
			}
			else if (a < b) {
				i++;
			}
			else {
				j++;
			}
		}
		return count;
	}

	/**
	 * A score and its parts.
	 *
	 * @param score the score 0–100
	 * @param items one per required skill, in the requirement's order
	 * @param occupationShared how many of the occupation's essential skills the person
	 * has
	 * @param occupationSkills how many essential skills the occupation has (0 if none was
	 * required)
	 * @param occupationPoints the points occupation similarity adds
	 */
	public record Explanation(int score, List<Item> items, int occupationShared, int occupationSkills,
			float occupationPoints) {

		/** How a required skill was met. */
		public enum Kind {

			MATCHED, LOWER_LEVEL, RELATED, MISSING

		}

		/**
		 * One required skill.
		 *
		 * @param index its position in the requirement
		 * @param skill its id, or -1 if unknown
		 * @param required the level required
		 * @param must whether it is a must-have
		 * @param kind how it was met
		 * @param level the person's level of it, 0 if none
		 * @param via the related skill that earned credit, or -1
		 * @param viaLevel the person's level of that skill
		 * @param relation how that skill relates to the required one
		 * @param credit the credit 0–1
		 * @param points the points it adds to the score
		 */
		public record Item(int index, int skill, int required, boolean must, Kind kind, int level, int via,
				int viaLevel, SkillGraph.@Nullable Relation relation, float credit, float points) {
		}

	}

}
