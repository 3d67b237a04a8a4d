package fi.osaamo.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the skills, relations and occupations of a {@link SkillGraph}, in any order.
 */
public final class SkillGraphBuilder {

	private final Map<String, Integer> ids = new HashMap<>();

	private final List<String> uris = new ArrayList<>();

	private final List<Map<Integer, SkillGraph.Relation>> related = new ArrayList<>();

	private final Map<String, Set<Integer>> occupations = new HashMap<>();

	SkillGraphBuilder() {
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
	public SkillGraphBuilder broader(String narrowerUri, String broaderUri) {
		var narrower = skill(narrowerUri);
		var broader = skill(broaderUri);
		if (narrower != broader) {
			related.get(narrower).putIfAbsent(broader, SkillGraph.Relation.BROADER);
			related.get(broader).putIfAbsent(narrower, SkillGraph.Relation.NARROWER);
		}
		return this;
	}

	public SkillGraphBuilder related(String firstUri, String secondUri) {
		var first = skill(firstUri);
		var second = skill(secondUri);
		if (first != second) {
			related.get(first).putIfAbsent(second, SkillGraph.Relation.RELATED);
			related.get(second).putIfAbsent(first, SkillGraph.Relation.RELATED);
		}
		return this;
	}

	public SkillGraphBuilder essential(String occupationUri, String skillUri) {
		occupations.computeIfAbsent(occupationUri, uri -> new LinkedHashSet<>()).add(skill(skillUri));
		return this;
	}

	public SkillGraph build() {
		var size = uris.size();
		var relatedIds = new int[size][];
		var relationKinds = new byte[size][];
		for (int id = 0; id < size; id++) {
			relate(id, relatedIds, relationKinds);
		}
		return new SkillGraph(Map.copyOf(ids), uris.toArray(String[]::new), relatedIds, relationKinds,
				Map.copyOf(essentials()));
	}

	/** Puts a skill's related skills, sorted, and how each relates into the arrays. */
	private void relate(int id, int[][] relatedIds, byte[][] relationKinds) {
		var entries = related.get(id).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
		relatedIds[id] = new int[entries.size()];
		relationKinds[id] = new byte[entries.size()];
		for (int i = 0; i < entries.size(); i++) {
			relatedIds[id][i] = entries.get(i).getKey();
			relationKinds[id][i] = (byte) entries.get(i).getValue().ordinal();
		}
	}

	private Map<String, int[]> essentials() {
		var essentials = new HashMap<String, int[]>();
		occupations.forEach((occupation, skills) -> {
			var sorted = skills.stream().mapToInt(Integer::intValue).toArray();
			Arrays.sort(sorted);
			essentials.put(occupation, sorted);
		});
		return essentials;
	}

}
