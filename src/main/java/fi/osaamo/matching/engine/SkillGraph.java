package fi.osaamo.matching.engine;

import java.util.Map;
import java.util.Set;

/**
 * The skills of the taxonomy as dense ids, with the relations the engine gives discounted
 * credit for (a broader or narrower skill, a related skill) and the essential skills of
 * each occupation. Immutable once built; safe to share between threads.
 */
public final class SkillGraph {

	/** How a related skill relates to the one required. */
	public enum Relation {

		/** The person's skill is broader than the one required. */
		BROADER,
		/** The person's skill is narrower (more specific) than the one required. */
		NARROWER,
		/** ESCO names the skills as related to each other. */
		RELATED

	}

	private static final Relation[] RELATIONS = Relation.values();

	private final Map<String, Integer> ids;

	private final String[] uris;

	private final int[][] related;

	private final byte[][] relations;

	private final Map<String, int[]> occupations;

	SkillGraph(Map<String, Integer> ids, String[] uris, int[][] related, byte[][] relations,
			Map<String, int[]> occupations) {
		this.ids = ids;
		this.uris = uris;
		this.related = related;
		this.relations = relations;
		this.occupations = occupations;
	}

	public static SkillGraphBuilder builder() {
		return new SkillGraphBuilder();
	}

	/**
	 * The id of a skill.
	 * @param uri the skill's URI
	 * @return its id, or -1 if the graph does not know it
	 */
	public int id(String uri) {
		var id = ids.get(uri);
		return id == null ? -1 : id;
	}

	public String uri(int id) {
		return uris[id];
	}

	public int size() {
		return uris.length;
	}

	/**
	 * The skills related to one, each once.
	 * @param id the skill
	 * @return the related skills' ids
	 */
	public int[] related(int id) {
		return related[id];
	}

	/**
	 * How the {@code index}-th related skill of a skill relates to it.
	 * @param id the skill
	 * @param index the position in {@link #related(int)}
	 * @return the relation
	 */
	public Relation relation(int id, int index) {
		return RELATIONS[relations[id][index]];
	}

	/**
	 * The essential skills of an occupation.
	 * @param occupationUri the occupation's URI
	 * @return the skills' ids, sorted; empty if the occupation is unknown
	 */
	public int[] essentialSkills(String occupationUri) {
		var skills = occupations.get(occupationUri);
		return skills == null ? new int[0] : skills;
	}

	public Set<String> occupations() {
		return occupations.keySet();
	}

}
