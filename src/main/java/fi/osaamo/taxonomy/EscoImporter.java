package fi.osaamo.taxonomy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
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

	private static final String CLEAR = """
			delete from taxonomy.skill_collection; delete from taxonomy.skill_relation;
			delete from taxonomy.occupation_skill; delete from taxonomy.broader;
			delete from taxonomy.description; delete from taxonomy.label; delete from taxonomy.concept;
			delete from taxonomy.dataset""";

	private final DataSource dataSource;

	EscoImporter(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Transactional
	void importBundled() {
		var started = System.nanoTime();
		var tables = EscoFiles.read();
		load(DataSourceUtils.getConnection(dataSource), tables);
		log.info("Loaded {} ESCO concepts in {} ms", tables.ids.size(), (System.nanoTime() - started) / 1_000_000);
	}

	private static void load(Connection connection, EscoTables tables) {
		try {
			replace(connection, tables);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not load the ESCO taxonomy", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void replace(Connection connection, EscoTables tables) throws SQLException, IOException {
		try (var statement = connection.createStatement()) {
			statement.execute(CLEAR);
			copy(connection, tables);
			statement.execute("insert into taxonomy.dataset (name, version, concepts) values ('esco', '"
					+ EscoDataset.VERSION + "', " + tables.ids.size() + ")");
		}
	}

	private static void copy(Connection connection, EscoTables tables) throws SQLException, IOException {
		var copy = connection.unwrap(PGConnection.class).getCopyAPI();
		copy(copy, "taxonomy.concept (id, uri, key, kind, reuse_level, code)", tables.concepts);
		copy(copy, "taxonomy.label (concept_id, language, preferred, text)", tables.labels);
		copy(copy, "taxonomy.description (concept_id, language, text)", tables.descriptions);
		copy(copy, "taxonomy.broader (concept_id, broader_id)", tables.broader);
		copy(copy, "taxonomy.occupation_skill (occupation_id, skill_id, essential)", tables.occupationSkills);
		copy(copy, "taxonomy.skill_relation (skill_id, related_id, essential)", tables.skillRelations);
		copy(copy, "taxonomy.skill_collection (concept_id, collection)", tables.collections);
	}

	private static void copy(CopyManager copy, String table, StringWriter rows) throws SQLException, IOException {
		copy.copyIn("COPY " + table + " FROM STDIN (FORMAT csv)", new StringReader(rows.toString()));
	}

}
