package fi.osaamo.matching;

import java.util.List;

/**
 * How a person's skills compare with a job task.
 *
 * @param score 0–100, the weighted share of the required skills the person covers
 * @param matched skills at or above the required level
 * @param partial skills below the required level
 * @param missing skills the person does not have
 * @param explanation the comparison in words, in the person's language
 */
public record Gap(int score, List<GapItem> matched, List<GapItem> partial, List<GapItem> missing,
		List<String> explanation) {
}
