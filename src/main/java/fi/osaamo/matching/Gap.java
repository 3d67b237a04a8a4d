package fi.osaamo.matching;

import java.util.List;

/**
 * How a person's skills compare with a job task, as data: the words are made when someone
 * reads it, in their language and voice ({@link GapExplainer}).
 *
 * @param score 0–100, the weighted share of the required skills the person covers
 * @param matched skills at or above the required level
 * @param partial skills below the required level
 * @param missing skills the person does not have
 * @param occupation how the person's skills resemble the task's occupation, if it names
 * one
 */
public record Gap(int score, List<GapItem> matched, List<GapItem> partial, List<GapItem> missing,
		Occupation occupation) {

	/**
	 * How many required skills there are.
	 * @return matched, partial and missing together
	 */
	public int required() {
		return matched.size() + partial.size() + missing.size();
	}

	/**
	 * How much the task's occupation counted.
	 *
	 * @param shared how many of its essential skills the person has
	 * @param skills how many essential skills it has; 0 when the task names no occupation
	 * @param points the points it added
	 */
	public record Occupation(int shared, int skills, double points) {
	}

}
