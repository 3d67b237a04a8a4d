package fi.osaamo.matching.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * How many skills use each stem, counted over labels sorted by skill, for building a
 * {@link PhraseIndex}.
 */
final class StemSkills {

	private final Map<String, String> last = new HashMap<>();

	private final Map<String, Integer> counts = new HashMap<>();

	void count(String stem, String uri) {
		if (!uri.equals(last.put(stem, uri))) {
			counts.merge(stem, 1, Integer::sum);
		}
	}

	int of(String stem) {
		return counts.getOrDefault(stem, 0);
	}

}
