package fi.osaamo.opendata.imports;

import java.io.InputStream;

/**
 * One open-data source: how to read it from the network or from a file an operator
 * uploaded, and how to store one of its records. The framework ({@link ImportRunner})
 * does the rest: batches, counts, the rejection log, the lock and the schedule.
 */
public interface SourceAdapter {

	/**
	 * The source's id, used in settings, URLs and the run log.
	 * @return the id, such as {@code prh-companies}
	 */
	String id();

	/**
	 * Whether the source can be fetched over the network with the given settings (a
	 * subscription key may be missing, say).
	 * @param settings the source's settings
	 * @return whether "run now" can work
	 */
	default boolean canFetch(SourceSettings settings) {
		return settings.baseUrl() != null && !settings.baseUrl().isBlank();
	}

	/**
	 * The kinds of file an operator may upload instead, for the file picker.
	 * @return file extensions and media types, as the {@code accept} attribute lists them
	 */
	default String fileTypes() {
		return ".json,application/json,application/ld+json";
	}

	/**
	 * Reads the source over the network.
	 * @param settings the source's settings
	 * @return its records
	 */
	RecordStream fetch(SourceSettings settings);

	/**
	 * Reads a file in the source's own format.
	 * @param file the file
	 * @param settings the source's settings, for the regional filter
	 * @return its records
	 */
	RecordStream read(InputStream file, SourceSettings settings);

	/**
	 * Stores a record, creating or updating it; runs inside the batch's transaction.
	 * @param record the record
	 * @param isNew whether this source never gave it before
	 * @return the id of what was stored, for the log
	 */
	String store(SourceRecord.Parsed record, boolean isNew);

}
