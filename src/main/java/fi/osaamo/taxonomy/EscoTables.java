package fi.osaamo.taxonomy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;

/**
 * The rows of the ESCO dataset to copy into the {@code taxonomy} schema, as CSV text per
 * table, with the ids given to the concepts by URI.
 */
final class EscoTables {

	private static final String ESCO = "http://data.europa.eu/esco/";

	final Map<String, Integer> ids = new HashMap<>();

	final Set<String> pairs = new HashSet<>();

	final StringWriter concepts = new StringWriter();

	final StringWriter labels = new StringWriter();

	final StringWriter descriptions = new StringWriter();

	final StringWriter broader = new StringWriter();

	final StringWriter occupationSkills = new StringWriter();

	final StringWriter skillRelations = new StringWriter();

	final StringWriter collections = new StringWriter();

	int concept(String uri, ConceptKind kind, @Nullable String reuseLevel, @Nullable String code) {
		var id = ids.size() + 1;
		ids.put(uri, id);
		print(concepts, id, uri, keyOf(uri), kind.name(), blankToNull(reuseLevel), blankToNull(code));
		return id;
	}

	void labels(int id, String language, @Nullable String preferred, @Nullable String alternatives, String separator) {
		var seen = new HashSet<String>();
		if (preferred != null && !preferred.isBlank()) {
			seen.add(preferred.strip());
			print(labels, id, language, true, preferred.strip());
		}
		if (alternatives != null && !alternatives.isBlank()) {
			alternatives(id, language, alternatives.split(separator), seen);
		}
	}

	private void alternatives(int id, String language, String[] alternatives, Set<String> seen) {
		Arrays.stream(alternatives)
			.map(String::strip)
			.filter(label -> !label.isEmpty() && label.length() <= 400 && seen.add(label))
			.forEach(label -> print(labels, id, language, false, label));
	}

	void description(int id, String language, @Nullable String text) {
		if (text != null && !text.isBlank()) {
			print(descriptions, id, language, text.strip());
		}
	}

	void pair(StringWriter table, String from, String to, @Nullable Boolean essential) {
		var fromId = ids.get(from);
		var toId = ids.get(to);
		if (fromId == null || toId == null || !pairs.add(System.identityHashCode(table) + ":" + fromId + ":" + toId)) {
			return;
		}
		print(table, essential == null ? new Object[] { fromId, toId } : new Object[] { fromId, toId, essential });
	}

	void print(StringWriter table, Object... values) {
		try {
			CSVFormat.POSTGRESQL_CSV.printRecord(table, values);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The key of a concept in Osaamo's URLs: the last part of its ESCO URI.
	 * @param uri the URI
	 * @return the key
	 */
	static String keyOf(String uri) {
		var path = uri.startsWith(ESCO) ? uri.substring(ESCO.length()) : uri;
		for (var prefix : List.of("skill/", "occupation/", "isco/")) {
			if (path.startsWith(prefix)) {
				return path.substring(prefix.length());
			}
		}
		return path.replace('/', '-');
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
