package fi.osaamo.matching;

import fi.osaamo.jobs.Importance;

/**
 * One required skill compared with the person's level.
 *
 * @param uri the ESCO skill
 * @param label its label in the person's language
 * @param level the person's level, 0 when they do not have the skill
 * @param required the level the job task requires
 * @param importance must-have or nice-to-have
 * @param weight how much it counts
 * @param contribution the points it adds to the score
 */
public record GapItem(String uri, String label, int level, int required, Importance importance, double weight,
		double contribution) {
}
