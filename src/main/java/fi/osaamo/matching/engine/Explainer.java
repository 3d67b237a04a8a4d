package fi.osaamo.matching.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Explains a {@link Scorer}'s score part by part: how each required skill is met and what
 * the occupation's similarity adds.
 */
final class Explainer {

	private final Scorer scorer;

	private final SkillGraph graph;

	Explainer(Scorer scorer) {
		this.scorer = scorer;
		this.graph = scorer.graph();
	}

	Explanation explain(Profile profile, Requirement requirement) {
		var occupation = requirement.occupationSkills();
		var skillShare = occupation.length > 0 ? 1 - Scorer.OCCUPATION_SHARE : 1;
		var items = items(profile, requirement, skillShare);
		var shared = occupation.length == 0 ? 0 : Scorer.shared(profile, occupation);
		var occupationPoints = occupation.length == 0 ? 0
				: 100 * Scorer.OCCUPATION_SHARE * Scorer.similarity(shared, profile.size(), occupation.length);
		return new Explanation(Math.round(100 * scorer.score(profile, requirement)), List.copyOf(items), shared,
				occupation.length, occupationPoints);
	}

	private List<Explanation.Item> items(Profile profile, Requirement requirement, float skillShare) {
		var items = new ArrayList<Explanation.Item>();
		for (int i = 0; i < requirement.size(); i++) {
			items.add(item(profile, requirement, i, skillShare));
		}
		return items;
	}

	/**
	 * How one required skill is met: by the skill itself at the required level or a lower
	 * one, else by the related skill that earns the most, else not at all.
	 */
	private Explanation.Item item(Profile profile, Requirement requirement, int i, float skillShare) {
		var skill = requirement.skill(i);
		var level = skill < 0 ? 0 : profile.levelOf(skill);
		if (level > 0) {
			return direct(requirement, i, level, skillShare);
		}
		var best = skill < 0 ? -1 : bestRelated(profile, skill, requirement.level(i));
		if (best < 0) {
			return item(requirement, i, Explanation.Kind.MISSING, level, 0, skillShare);
		}
		return related(profile, requirement, i, level, best, skillShare);
	}

	/** A skill the person has, at the required level or a lower one. */
	private static Explanation.Item direct(Requirement requirement, int i, int level, float skillShare) {
		var required = requirement.level(i);
		return level >= required ? item(requirement, i, Explanation.Kind.MATCHED, level, 1, skillShare)
				: item(requirement, i, Explanation.Kind.LOWER_LEVEL, level, level / (float) required, skillShare);
	}

	/** A skill met by the {@code best}-th of its related skills. */
	private Explanation.Item related(Profile profile, Requirement requirement, int i, int level, int best,
			float skillShare) {
		var skill = requirement.skill(i);
		var required = requirement.level(i);
		var via = graph.related(skill)[best];
		var viaLevel = profile.levelOf(via);
		var credit = Scorer.relatedCredit(viaLevel, required);
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
			var credit = Scorer.relatedCredit(profile.levelOf(related[j]), required);
			index = credit > best ? j : index;
			best = Math.max(best, credit);
		}
		return index;
	}

	private static float points(Requirement requirement, int i, float credit, float skillShare) {
		return requirement.totalWeight() == 0 ? 0
				: 100 * skillShare * requirement.weight(i) * credit / requirement.totalWeight();
	}

}
