package fi.osaamo.opendata.imports;

import java.util.Iterator;

import org.jspecify.annotations.Nullable;

/**
 * A record stream over an iterator, with the state to keep for the next run and what
 * closes the source.
 */
final class IteratedRecords implements RecordStream {

	private final Iterator<SourceRecord> records;

	private final @Nullable String syncState;

	private final Runnable onClose;

	IteratedRecords(Iterator<SourceRecord> records, @Nullable String syncState, Runnable onClose) {
		this.records = records;
		this.syncState = syncState;
		this.onClose = onClose;
	}

	@Override
	public boolean hasNext() {
		return records.hasNext();
	}

	@Override
	public SourceRecord next() {
		return records.next();
	}

	@Override
	public @Nullable String nextSyncState() {
		return syncState;
	}

	@Override
	public void close() {
		onClose.run();
	}

}
