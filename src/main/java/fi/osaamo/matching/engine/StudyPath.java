package fi.osaamo.matching.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks a small set of studies that together teach the skills a person lacks: a greedy
 * weighted set cover. Each step takes the study that teaches the most still-missing
 * skills per unit of cost, where the cost grows with the study's duration and price, with
 * how late it starts, and sharply when it ends after the job starts. The greedy choice is
 * within a logarithmic factor of the best cover and, unlike an exact solver, can be told
 * in one sentence per step.
 */
public final class StudyPath {

	/** Hours that cost as much as one unit. */
	static final double HOURS_PER_UNIT = 40;

	/** Euros that cost as much as one unit. */
	static final double EUROS_PER_UNIT = 500;

	/** Days of waiting that cost as much as one unit. */
	static final double DAYS_PER_UNIT = 60;

	/** The extra cost of a study that ends after the job starts. */
	static final double LATE_PENALTY = 3;

	private StudyPath() {
	}

	/**
	 * Plans the path.
	 * @param missing the skills to cover
	 * @param options the studies to choose from
	 * @param maxStudies how many studies at most
	 * @return the chosen studies in the order chosen, each with the skills it adds
	 */
	public static List<Step> plan(int[] missing, List<Option> options, int maxStudies) {
		var cover = new StudyCover(missing, options.size());
		var steps = new ArrayList<Step>();
		while (steps.size() < maxStudies && !cover.complete()) {
			var best = cover.best(options);
			if (best < 0) {
				break;
			}
			steps.add(cover.take(best, options.get(best)));
		}
		return steps;
	}

	static double cost(Option option) {
		return 1 + option.hours() / HOURS_PER_UNIT + option.euros() / EUROS_PER_UNIT
				+ Math.max(0, option.startsInDays()) / DAYS_PER_UNIT + (option.endsInTime() ? 0 : LATE_PENALTY);
	}

	/**
	 * A study to choose from.
	 *
	 * @param key the caller's identifier of the study
	 * @param skills the skills it teaches
	 * @param hours its duration in hours, 0 if unknown
	 * @param euros its price, 0 if free or unknown
	 * @param startsInDays in how many days it starts, 0 if already running or anytime
	 * @param endsInTime whether it ends before the job starts (or the job has no start
	 * date)
	 */
	public record Option(Object key, int[] skills, double hours, double euros, int startsInDays, boolean endsInTime) {
	}

	/**
	 * One chosen study.
	 *
	 * @param option the study
	 * @param adds the missing skills it is the first to teach
	 */
	public record Step(Option option, int[] adds) {
	}

}
