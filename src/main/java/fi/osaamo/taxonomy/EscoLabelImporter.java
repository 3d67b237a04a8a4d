package fi.osaamo.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.io.input.BOMInputStream;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in the labels and descriptions of one language from an official ESCO CSV download
 * ({@code skills_fi.csv}, {@code occupations_sv.csv}, …), so that an operator can load
 * the complete Finnish and Swedish labels. Rows whose concept is unknown, or that lack a
 * preferred label, are reported and left out; the rest replace that language's labels.
 */
@Component
class EscoLabelImporter {

	static final int MAX_REPORTED = 100;

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	private static final String DELETE_LABELS = "delete from taxonomy.label where language = :language and concept_id = any(:ids)";

	private static final String DELETE_DESCRIPTIONS = "delete from taxonomy.description where language = :language and concept_id = any(:ids)";

	private static final String COPY_LABELS = "COPY taxonomy.label (concept_id, language, preferred, text) FROM STDIN (FORMAT csv)";

	private static final String COPY_DESCRIPTIONS = "COPY taxonomy.description (concept_id, language, text) FROM STDIN (FORMAT csv)";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	EscoLabelImporter(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	@Transactional
	ImportReport importLabels(Language language, InputStream csv) {
		var rows = new LabelRows(language, conceptIds());
		read(rows, csv);
		// A failure to store is the database's, not the file's: it goes up as it is.
		store(language, rows);
		return rows.report();
	}

	private static void read(LabelRows rows, InputStream csv) {
		try {
			parse(rows, csv);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			// The CSV reader's way of saying the file is malformed.
			throw new InvalidInputException("file", "taxonomy.import.unreadable");
		}
	}

	private static void parse(LabelRows rows, InputStream csv) {
		try (var reader = new InputStreamReader(BOMInputStream.builder().setInputStream(csv).get(),
				StandardCharsets.UTF_8); var parser = FORMAT.parse(reader)) {
			checkHeader(parser.getHeaderMap());
			for (var row : parser) {
				rows.read(row, parser.getCurrentLineNumber());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void checkHeader(Map<String, Integer> header) {
		if (!header.containsKey("conceptUri") || !header.containsKey("preferredLabel")) {
			throw new InvalidInputException("file", "taxonomy.import.badHeader");
		}
	}

	private void store(Language language, LabelRows rows) {
		var ids = rows.updated().toArray(Integer[]::new);
		jdbc.sql(DELETE_LABELS).param("language", language.code()).param("ids", ids).update();
		jdbc.sql(DELETE_DESCRIPTIONS).param("language", language.code()).param("ids", ids).update();
		copy(rows);
		jdbc.sql("update taxonomy.dataset set imported_at = now() where name = 'esco'").update();
	}

	private void copy(LabelRows rows) {
		try {
			var copy = DataSourceUtils.getConnection(dataSource).unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn(COPY_LABELS, new StringReader(rows.labels()));
			copy.copyIn(COPY_DESCRIPTIONS, new StringReader(rows.descriptions()));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not store the labels", ex);
		}
	}

	private Map<String, Integer> conceptIds() {
		var ids = new HashMap<String, Integer>();
		jdbc.sql("select uri, id from taxonomy.concept").query(rs -> {
			ids.put(rs.getString("uri"), rs.getInt("id"));
		});
		return ids;
	}

}
