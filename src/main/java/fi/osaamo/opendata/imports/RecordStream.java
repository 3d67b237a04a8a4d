package fi.osaamo.opendata.imports;

import java.util.Iterator;
import java.util.OptionalLong;

/**
 * The records of one run, read lazily (page by page from a source, or element by element
 * from a file) so a large source never sits in memory at once.
 */
public interface RecordStream extends Iterator<SourceRecord>, AutoCloseable {

	/**
	 * How many records the source says there are, when it says.
	 * @return the total
	 */
	default OptionalLong total() {
		return OptionalLong.empty();
	}

	/**
	 * The synchronisation state to keep for the next incremental run, once this run has
	 * read everything (an ETag, a timestamp); {@code null} keeps the previous one.
	 * @return the state
	 */
	default @org.jspecify.annotations.Nullable String nextSyncState() {
		return null;
	}

	@Override
	default void close() {
	}

	static RecordStream of(Iterator<SourceRecord> records) {
		return of(records, null, () -> {
		});
	}

	/**
	 * Records with what to keep for the next run and what to do when the run is over.
	 * @param records the records
	 * @param syncState the state for the next incremental run, or {@code null}
	 * @param onClose what closes the source
	 * @return the stream
	 */
	static RecordStream of(Iterator<SourceRecord> records, @org.jspecify.annotations.Nullable String syncState,
			Runnable onClose) {
		return new IteratedRecords(records, syncState, onClose);
	}

}
