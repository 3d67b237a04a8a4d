package fi.osaamo.matching;

import fi.osaamo.jobs.Importance;
import org.jspecify.annotations.Nullable;

/**
 * One required skill compared with the person's level.
 *
 * @param uri the ESCO skill
 * @param label its label in the person's language
 * @param level the person's level of it (or of the related skill that earned credit), 0
 * when they have neither
 * @param required the level the job task requires
 * @param importance must-have or nice-to-have
 * @param weight how much it counts
 * @param contribution the points it adds to the score
 * @param via the related skill that earned part of the credit, if any
 * @param relation how that skill relates to the required one (BROADER, NARROWER,
 * RELATED), if any
 */
public record GapItem(String uri, String label, int level, int required, Importance importance, double weight,
		double contribution, @Nullable String via, @Nullable String relation) {
}
