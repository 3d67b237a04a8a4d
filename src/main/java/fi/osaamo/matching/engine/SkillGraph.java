package fi.osaamo.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
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

	private SkillGraph(Map<String, Integer> ids, String[] uris, int[][] related, byte[][] relations,
			Map<String, int[]> occupations) {
		this.ids = ids;
		this.uris = uris;
		this.related = related;
		this.relations = relations;
		this.occupations = occupations;
	}

	public static Builder builder() {
		return new Builder();
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

	/**
	 * Collects skills, relations and occupations, in any order.
	 */
	public static final class Builder {

		private final Map<String, Integer> ids = new HashMap<>();

		private final List<String> uris = new ArrayList<>();

		private final List<Map<Integer, Relation>> related = new ArrayList<>();

		private final Map<String, Set<Integer>> occupations = new HashMap<>();

		private Builder() {
		}

		public int skill(String uri) {
			var id = ids.get(uri);
			if (id != null) {
				return id;
			}
			ids.put(uri, uris.size());
			uris.add(uri);
			related.add(new HashMap<>(4));
			return uris.size() - 1;
		}

		/**
		 * Records that one skill is broader than another.
		 * @param narrowerUri the narrower skill
		 * @param broaderUri the broader skill
		 * @return this builder
		 */
		public Builder broader(String narrowerUri, String broaderUri) {
			var narrower = skill(narrowerUri);
			var broader = skill(broaderUri);
			if (narrower != broader) {
				related.get(narrower).putIfAbsent(broader, Relation.BROADER);
				related.get(broader).putIfAbsent(narrower, Relation.NARROWER);
			}
			return this;
		}

		public Builder related(String firstUri, String secondUri) {
			var first = skill(firstUri);
			var second = skill(secondUri);
			if (first != second) {
				related.get(first).putIfAbsent(second, Relation.RELATED);
				related.get(second).putIfAbsent(first, Relation.RELATED);
			}
			return this;
		}

		public Builder essential(String occupationUri, String skillUri) {
			occupations.computeIfAbsent(occupationUri, uri -> new LinkedHashSet<>()).add(skill(skillUri));
			return this;
		}

		public SkillGraph build() {
			var size = uris.size();
			var relatedIds = new int[size][];
			var relationKinds = new byte[size][];
			for (int id = 0; id < size; id++) {
				var entries = related.get(id).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
				relatedIds[id] = new int[entries.size()];
				relationKinds[id] = new byte[entries.size()];
				for (int i = 0; i < entries.size(); i++) {
					relatedIds[id][i] = entries.get(i).getKey();
					relationKinds[id][i] = (byte) entries.get(i).getValue().ordinal();
				}
			}
			var essentials = new HashMap<String, int[]>();
			occupations.forEach((occupation, skills) -> {
				var sorted = skills.stream().mapToInt(Integer::intValue).toArray();
				Arrays.sort(sorted);
				essentials.put(occupation, sorted);
			});
			return new SkillGraph(Map.copyOf(ids), uris.toArray(String[]::new), relatedIds, relationKinds,
					Map.copyOf(essentials));
		}

	}

}
