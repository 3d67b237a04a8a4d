package fi.osaamo.opendata.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file an operator uploaded in place of the network: read through the source's adapter,
 * closed when the run is over (or at once, when the adapter refuses it), then deleted.
 */
final class Uploads {

	private static final Logger log = LoggerFactory.getLogger(Uploads.class);

	private Uploads() {
	}

	static RecordStream open(SourceAdapter adapter, SourceSettings settings, Path upload) {
		var file = openFile(upload);
		try {
			var stream = adapter.read(file, settings);
			return RecordStream.of(stream, null, () -> close(stream, file));
		}
		catch (RuntimeException ex) {
			// The adapter refused the file at once (it is an image, say).
			closeQuietly(file);
			throw ex;
		}
	}

	static void delete(@Nullable Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.debug("Could not delete {}", file, ex);
			}
		}
	}

	private static InputStream openFile(Path upload) {
		try {
			return Files.newInputStream(upload);
		}
		catch (IOException ex) {
			throw new SourceUnavailableException("opendata.run.unreadableFile", ex.getMessage(), ex);
		}
	}

	private static void close(RecordStream stream, InputStream file) {
		stream.close();
		closeQuietly(file);
	}

	private static void closeQuietly(InputStream file) {
		try {
			file.close();
		}
		catch (IOException ex) {
			log.debug("Could not close an upload", ex);
		}
	}

}
