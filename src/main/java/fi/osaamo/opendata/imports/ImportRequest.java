package fi.osaamo.opendata.imports;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * What one run reads: the source's adapter, its settings as the run started, and an
 * uploaded file to read in place of the network, if any.
 *
 * @param adapter the source's adapter
 * @param settings its settings
 * @param upload the uploaded file, or {@code null}
 */
record ImportRequest(SourceAdapter adapter, SourceSettings settings, @Nullable Path upload) {

	String source() {
		return adapter.id();
	}

	RecordStream open() {
		return upload == null ? adapter.fetch(settings) : Uploads.open(adapter, settings, upload);
	}

}
