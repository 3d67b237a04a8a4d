package fi.osaamo.matching.engine;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A score of the {@link Scorer} and its parts.
 *
 * @param score the score 0–100
 * @param items one per required skill, in the requirement's order
 * @param occupationShared how many of the occupation's essential skills the person has
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
	public record Item(int index, int skill, int required, boolean must, Kind kind, int level, int via, int viaLevel,
			SkillGraph.@Nullable Relation relation, float credit, float points) {
	}

}
