package fi.osaamo.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * The ESCO files bundled with Osaamo (see {@code taxonomy/esco/README.md}): gzipped CSV
 * with a header row.
 */
final class EscoDataset {

	static final String VERSION = "ESCO v1.1.1";

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	private EscoDataset() {
	}

	static void read(String name, Consumer<CSVRecord> consumer) {
		var resource = new ClassPathResource("taxonomy/esco/" + name + ".csv.gz");
		try (var reader = new BufferedReader(
				new InputStreamReader(new GZIPInputStream(resource.getInputStream()), StandardCharsets.UTF_8));
				var parser = FORMAT.parse(reader)) {
			parser.forEach(consumer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + name, ex);
		}
	}

}
