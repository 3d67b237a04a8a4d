package fi.osaamo.taxonomy;

import java.util.List;

/**
 * The skills of the taxonomy and how they relate, by URI.
 *
 * @param skills every skill and knowledge concept
 * @param broader pairs of a narrower skill and its broader skill
 * @param related pairs of skills ESCO relates to each other
 * @param essential pairs of an occupation and one of its essential skills
 */
public record SkillRelations(List<String> skills, List<Pair> broader, List<Pair> related, List<Pair> essential) {

	/**
	 * Two URIs.
	 *
	 * @param first the first
	 * @param second the second
	 */
	public record Pair(String first, String second) {
	}

}
