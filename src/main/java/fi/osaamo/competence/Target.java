package fi.osaamo.competence;

/**
 * A skill to learn.
 *
 * @param skillUri the ESCO skill
 * @param level the level aimed at, 1–5
 */
public record Target(String skillUri, int level) {
}
