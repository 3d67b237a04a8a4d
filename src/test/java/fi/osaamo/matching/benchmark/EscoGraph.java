package fi.osaamo.matching.benchmark;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import fi.osaamo.matching.engine.SkillGraph;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The skill graph read straight from the ESCO files bundled with the application, the
 * same relations the application loads into its database, so the benchmarks need no
 * database for the engine.
 */
final class EscoGraph {

	private EscoGraph() {
	}

	static SkillGraph load() {
		var builder = SkillGraph.builder();
		read("skills", row -> builder.skill(row.get("conceptUri")));
		read("skill_broader_relations", row -> {
			if (row.get("conceptType").equals("KnowledgeSkillCompetence")
					&& row.get("broaderType").equals("KnowledgeSkillCompetence")) {
				builder.broader(row.get("conceptUri"), row.get("broaderUri"));
			}
		});
		read("skill_skill_relations", row -> builder.related(row.get("originalSkillUri"), row.get("relatedSkillUri")));
		read("occupation_skill_relations", row -> {
			if (row.get("relationType").equals("essential")) {
				builder.essential(row.get("occupationUri"), row.get("skillUri"));
			}
		});
		return builder.build();
	}

	/**
	 * The skill extractor over the bundled labels.
	 * @return the extractor
	 */
	static fi.osaamo.matching.engine.SkillExtractor extractor() {
		return fi.osaamo.matching.engine.BundledLabels.extractor();
	}

	private static void read(String file, java.util.function.Consumer<CSVRecord> consumer) {
		var resource = "/taxonomy/esco/" + file + ".csv.gz";
		try (var stream = EscoGraph.class.getResourceAsStream(resource)) {
			if (stream == null) {
				throw new IllegalStateException("missing " + resource);
			}
			Reader reader = new InputStreamReader(new GZIPInputStream(stream), StandardCharsets.UTF_8);
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
