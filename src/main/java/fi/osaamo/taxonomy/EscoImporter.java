package fi.osaamo.taxonomy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the bundled ESCO dataset into the {@code taxonomy} schema in one transaction,
 * with PostgreSQL's COPY so that the whole taxonomy (about 17,000 concepts, 160,000
 * labels and 150,000 relations) loads in seconds.
 */
@Component
class EscoImporter {

	private static final Logger log = LoggerFactory.getLogger(EscoImporter.class);

	private static final String ESCO = "http://data.europa.eu/esco/";

	private final DataSource dataSource;

	EscoImporter(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Transactional
	void importBundled() {
		var started = System.nanoTime();
		var tables = new Tables();
		readSkills(tables);
		readSkillGroups(tables);
		readOccupations(tables);
		readRelations(tables);
		var connection = DataSourceUtils.getConnection(dataSource);
		try (var statement = connection.createStatement()) {
			statement.execute("""
					delete from taxonomy.skill_collection; delete from taxonomy.skill_relation;
					delete from taxonomy.occupation_skill; delete from taxonomy.broader;
					delete from taxonomy.description; delete from taxonomy.label; delete from taxonomy.concept;
					delete from taxonomy.dataset""");
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn("COPY taxonomy.concept (id, uri, key, kind, reuse_level, code) FROM STDIN (FORMAT csv)",
					new StringReader(tables.concepts.toString()));
			copy.copyIn("COPY taxonomy.label (concept_id, language, preferred, text) FROM STDIN (FORMAT csv)",
					new StringReader(tables.labels.toString()));
			copy.copyIn("COPY taxonomy.description (concept_id, language, text) FROM STDIN (FORMAT csv)",
					new StringReader(tables.descriptions.toString()));
			copy.copyIn("COPY taxonomy.broader (concept_id, broader_id) FROM STDIN (FORMAT csv)",
					new StringReader(tables.broader.toString()));
			copy.copyIn("COPY taxonomy.occupation_skill (occupation_id, skill_id, essential) FROM STDIN (FORMAT csv)",
					new StringReader(tables.occupationSkills.toString()));
			copy.copyIn("COPY taxonomy.skill_relation (skill_id, related_id, essential) FROM STDIN (FORMAT csv)",
					new StringReader(tables.skillRelations.toString()));
			copy.copyIn("COPY taxonomy.skill_collection (concept_id, collection) FROM STDIN (FORMAT csv)",
					new StringReader(tables.collections.toString()));
			statement.execute("insert into taxonomy.dataset (name, version, concepts) values ('esco', '"
					+ EscoDataset.VERSION + "', " + tables.ids.size() + ")");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not load the ESCO taxonomy", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		log.info("Loaded {} ESCO concepts in {} ms", tables.ids.size(), (System.nanoTime() - started) / 1_000_000);
	}

	private static void readSkills(Tables tables) {
		var finnishAndSwedish = new HashMap<String, CSVRecord>();
		EscoDataset.read("skill_labels_fi_sv", row -> finnishAndSwedish.put(row.get("uri"), row));
		EscoDataset.read("skills", row -> {
			var uri = row.get("conceptUri");
			var kind = "knowledge".equals(row.get("skillType")) ? ConceptKind.KNOWLEDGE : ConceptKind.SKILL;
			var id = tables.concept(uri, kind, row.get("reuseLevel"), null);
			tables.labels(id, "en", row.get("preferredLabel_en"), row.get("altLabels_en"), "\\|");
			tables.description(id, "en", row.get("description_en"));
			var extra = finnishAndSwedish.get(uri);
			if (extra != null) {
				tables.labels(id, "fi", extra.get("label_fi"), extra.get("alt_labels_fi"), " \\| ");
				tables.labels(id, "sv", extra.get("label_sv"), extra.get("alt_labels_sv"), " \\| ");
			}
		});
	}

	private static void readSkillGroups(Tables tables) {
		EscoDataset.read("skill_groups", row -> {
			var id = tables.concept(row.get("conceptUri"), ConceptKind.SKILL_GROUP, null, row.get("code"));
			tables.labels(id, "en", row.get("preferredLabel_en"), row.get("altLabels_en"), "\\|");
			tables.description(id, "en", row.get("description_en"));
		});
	}

	private static void readOccupations(Tables tables) {
		var swedish = new HashMap<String, CSVRecord>();
		EscoDataset.read("occupation_labels_sv", row -> swedish.put(row.get("uri"), row));
		EscoDataset.read("occupations", row -> {
			var uri = row.get("conceptUri");
			var id = tables.concept(uri, ConceptKind.OCCUPATION, null, row.get("code"));
			tables.labels(id, "en", row.get("preferredLabel_en"), row.get("altLabels_en"), "\\|");
			tables.labels(id, "fi", row.get("preferredLabel_fi"), row.get("altLabels_fi"), "\\|");
			tables.description(id, "en", row.get("description_en"));
			tables.description(id, "fi", row.get("description_fi"));
			var sv = swedish.get(uri);
			if (sv != null) {
				tables.labels(id, "sv", sv.get("label_sv"), sv.get("alt_labels_sv"), " \\| ");
			}
		});
	}

	private static void readRelations(Tables tables) {
		EscoDataset.read("skill_broader_relations",
				row -> tables.pair(tables.broader, row.get("conceptUri"), row.get("broaderUri"), null));
		EscoDataset.read("occupation_skill_relations", row -> tables.pair(tables.occupationSkills,
				row.get("occupationUri"), row.get("skillUri"), "essential".equals(row.get("relationType"))));
		EscoDataset.read("skill_skill_relations", row -> tables.pair(tables.skillRelations, row.get("originalSkillUri"),
				row.get("relatedSkillUri"), "essential".equals(row.get("relationType"))));
		EscoDataset.read("skill_collections", row -> {
			var id = tables.ids.get(row.get("conceptUri"));
			if (id != null) {
				tables.print(tables.collections, id, row.get("collection"));
			}
		});
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

	/**
	 * The rows to copy, as CSV text per table.
	 */
	private static final class Tables {

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

		void labels(int id, String language, @Nullable String preferred, @Nullable String alternatives,
				String separator) {
			var seen = new HashSet<String>();
			if (preferred != null && !preferred.isBlank()) {
				seen.add(preferred.strip());
				print(labels, id, language, true, preferred.strip());
			}
			if (alternatives != null && !alternatives.isBlank()) {
				Arrays.stream(alternatives.split(separator))
					.map(String::strip)
					.filter(label -> !label.isEmpty() && label.length() <= 400 && seen.add(label))
					.forEach(label -> print(labels, id, language, false, label));
			}
		}

		void description(int id, String language, @Nullable String text) {
			if (text != null && !text.isBlank()) {
				print(descriptions, id, language, text.strip());
			}
		}

		void pair(StringWriter table, String from, String to, @Nullable Boolean essential) {
			var fromId = ids.get(from);
			var toId = ids.get(to);
			if (fromId == null || toId == null
					|| !pairs.add(System.identityHashCode(table) + ":" + fromId + ":" + toId)) {
				return;
			}
			if (essential == null) {
				print(table, fromId, toId);
			}
			else {
				print(table, fromId, toId, essential);
			}
		}

		void print(StringWriter table, Object... values) {
			try {
				CSVFormat.POSTGRESQL_CSV.printRecord(table, values);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static @Nullable String blankToNull(@Nullable String value) {
			return value == null || value.isBlank() ? null : value;
		}

	}

}
