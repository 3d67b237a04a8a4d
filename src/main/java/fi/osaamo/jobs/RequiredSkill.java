package fi.osaamo.jobs;

/**
 * A skill a job task requires.
 *
 * @param skillUri the ESCO skill
 * @param level the minimum level, 1–5
 * @param importance must-have or nice-to-have
 * @param weight how much it counts, above 0 and at most 10
 */
public record RequiredSkill(String skillUri, int level, Importance importance, double weight) {
}
