package fi.osaamo.taxonomy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import fi.osaamo.platform.Language;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of one language's ESCO label download as read by {@link EscoLabelImporter}:
 * the labels and descriptions of the known concepts as CSV for PostgreSQL's COPY, which
 * concepts they replace, and the rows left out with their reason (the first
 * {@value EscoLabelImporter#MAX_REPORTED} of them).
 */
final class LabelRows {

	private final Language language;

	private final Map<String, Integer> ids;

	private final StringWriter labels = new StringWriter();

	private final StringWriter descriptions = new StringWriter();

	private final List<Integer> updated = new ArrayList<>();

	private final List<ImportReport.Rejection> rejected = new ArrayList<>();

	private int rejectedCount;

	/**
	 * @param language the language of the download
	 * @param ids the concepts' ids by URI
	 */
	LabelRows(Language language, Map<String, Integer> ids) {
		this.language = language;
		this.ids = ids;
	}

	/**
	 * Takes in a row, or leaves it out when its concept is unknown or it lacks a
	 * preferred label.
	 * @param row the row
	 * @param line its line in the file
	 */
	void read(CSVRecord row, long line) {
		var uri = row.get("conceptUri").strip();
		var id = ids.get(uri);
		var preferred = row.get("preferredLabel").strip();
		if (id == null || preferred.isEmpty()) {
			reject(line, id == null ? "taxonomy.import.unknownConcept" : "taxonomy.import.noPreferredLabel", uri);
		}
		else {
			take(row, id, preferred);
		}
	}

	List<Integer> updated() {
		return updated;
	}

	String labels() {
		return labels.toString();
	}

	String descriptions() {
		return descriptions.toString();
	}

	ImportReport report() {
		return new ImportReport(updated.size(), rejected, rejectedCount);
	}

	private void reject(long line, String reason, String uri) {
		if (rejected.size() < EscoLabelImporter.MAX_REPORTED) {
			rejected.add(new ImportReport.Rejection(line, reason, uri));
		}
		rejectedCount++;
	}

	private void take(CSVRecord row, int id, String preferred) {
		updated.add(id);
		print(labels, id, language.code(), true, preferred);
		if (row.isMapped("altLabels")) {
			takeAlternatives(row.get("altLabels"), id, preferred);
		}
		if (row.isMapped("description") && !row.get("description").isBlank()) {
			print(descriptions, id, language.code(), row.get("description").strip());
		}
	}

	/**
	 * Takes the alternative labels, one a line or separated by bars, leaving out empty,
	 * overlong (over 400 characters) and repeated ones.
	 */
	private void takeAlternatives(String alternatives, int id, String preferred) {
		var seen = new LinkedHashSet<String>();
		seen.add(preferred);
		for (var alternative : alternatives.split("\\r?\\n|\\|")) {
			var label = alternative.strip();
			if (!label.isEmpty() && label.length() <= 400 && seen.add(label)) {
				print(labels, id, language.code(), false, label);
			}
		}
	}

	private static void print(StringWriter table, Object... values) {
		try {
			CSVFormat.POSTGRESQL_CSV.printRecord(table, values);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
