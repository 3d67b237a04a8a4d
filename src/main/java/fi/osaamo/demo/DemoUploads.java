package fi.osaamo.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import fi.osaamo.opendata.OpenDataManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes a file in an open-data source's format and imports it as an administrator's
 * upload.
 */
@Component
class DemoUploads {

	private static final Logger log = LoggerFactory.getLogger(DemoUploads.class);

	private final OpenDataManagement openData;

	DemoUploads(OpenDataManagement openData) {
		this.openData = openData;
	}

	void upload(String source, String suffix, String what, FileWriter writer) {
		try {
			importTemporary(source, suffix, what, writer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Imports a file written for the purpose, deleted afterwards. */
	private void importTemporary(String source, String suffix, String what, FileWriter writer) throws IOException {
		var file = Files.createTempFile("demo-" + source, suffix);
		try {
			writer.write(file);
			openData.importFile(source, file)
				.ifPresent(result -> log.info("Demo {} in the trade-register data: {}", what, result));
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/** Writes a file's content. */
	@FunctionalInterface
	interface FileWriter {

		void write(Path file) throws IOException;

	}

}
