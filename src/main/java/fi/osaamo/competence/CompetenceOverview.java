package fi.osaamo.competence;

import java.time.YearMonth;
import java.util.List;

/**
 * How many of the people who share their skills with a company have each skill, at each
 * level, as released for a month. Every count is randomly rounded to a multiple of five
 * by its cell key ({@link fi.osaamo.platform.DisclosureControl}), so that no count can be
 * worked out from the others and none points at a person, and the release stays as it is
 * for the month, so that one person's change never shows alone. A company where fewer
 * than {@value #MINIMUM} people share their skills gets no table at all.
 *
 * @param release the month of the release
 * @param people how many people share their skills with the company, rounded
 * @param enough whether at least {@value #MINIMUM} people share their skills
 * @param rows the skills whose rounded count is not zero, most common first
 */
public record CompetenceOverview(YearMonth release, int people, boolean enough, List<Row> rows) {

	/** The fewest people sharing their skills for whom a table is shown. */
	public static final int MINIMUM = 5;

	/**
	 * One skill.
	 *
	 * @param skillUri the ESCO skill
	 * @param total how many people have it, rounded
	 * @param levels how many have it at each level 1–5, each rounded
	 */
	public record Row(String skillUri, int total, List<Integer> levels) {
	}

	/**
	 * The same overview with its first rows only.
	 * @param count how many rows to keep
	 * @return the shorter overview
	 */
	public CompetenceOverview first(int count) {
		return new CompetenceOverview(release, people, enough, rows.subList(0, Math.min(count, rows.size())));
	}

}
