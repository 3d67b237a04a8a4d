package fi.osaamo.matching.engine;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The skill extractor over the ESCO labels bundled with the application, read as the
 * taxonomy's import reads them (English, Finnish and Swedish preferred and alternative
 * labels), so that tests and benchmarks need no database.
 */
public final class BundledLabels {

	private static volatile SkillExtractor extractor;

	private BundledLabels() {
	}

	public static synchronized SkillExtractor extractor() {
		if (extractor == null) {
			extractor = load();
		}
		return extractor;
	}

	private static SkillExtractor load() {
		var builder = SkillExtractor.builder();
		var knowledge = new HashSet<String>();
		read("skills", row -> {
			var uri = row.get("conceptUri");
			var isKnowledge = "knowledge".equals(row.get("skillType"));
			if (isKnowledge) {
				knowledge.add(uri);
			}
			builder.label(uri, "en", row.get("preferredLabel_en").strip(), true, isKnowledge);
			alternatives(row.get("altLabels_en"), "\\|", text -> builder.label(uri, "en", text, false, isKnowledge));
		});
		read("skill_labels_fi_sv", row -> {
			var uri = row.get("uri");
			for (var language : new String[] { "fi", "sv" }) {
				if (!row.get("label_" + language).isBlank()) {
					builder.label(uri, language, row.get("label_" + language).strip(), true, knowledge.contains(uri));
				}
				alternatives(row.get("alt_labels_" + language), " \\| ",
						text -> builder.label(uri, language, text, false, knowledge.contains(uri)));
			}
		});
		return builder.build();
	}

	private static void alternatives(String labels, String separator, Consumer<String> consumer) {
		for (var label : labels.split(separator)) {
			if (!label.isBlank() && label.strip().length() <= 400) {
				consumer.accept(label.strip());
			}
		}
	}

	private static void read(String file, Consumer<CSVRecord> consumer) {
		var resource = "/taxonomy/esco/" + file + ".csv.gz";
		try (var stream = BundledLabels.class.getResourceAsStream(resource)) {
			if (stream == null) {
				throw new IllegalStateException("missing " + resource);
			}
			var reader = new InputStreamReader(new GZIPInputStream(stream), StandardCharsets.UTF_8);
			var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
			for (var row : format.parse(reader)) {
				consumer.accept(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
