package fi.osaamo.opendata.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run's pass over its source's records: hands them to {@link BatchStore} a batch at a
 * time until the stream ends, the run is cancelled or the source stops answering.
 */
final class ImportPass {

	private static final Logger log = LoggerFactory.getLogger(ImportPass.class);

	private final ImportRunLog runs;

	private final BatchStore batches;

	private final UUID run;

	private final SourceAdapter adapter;

	private final int batchSize;

	private final List<SourceRecord> batch;

	private final int[] sequence = { 0 };

	private @Nullable SourceUnavailableException stoppedBy;

	ImportPass(ImportRunLog runs, BatchStore batches, UUID run, SourceAdapter adapter, int batchSize) {
		this.runs = runs;
		this.batches = batches;
		this.run = run;
		this.adapter = adapter;
		this.batchSize = batchSize;
		this.batch = new ArrayList<>(batchSize);
	}

	/**
	 * Stores the stream's records a batch at a time.
	 * @param stream the records
	 * @param cancelled the runs asked to stop
	 * @return whether the stream was read to its end; if not, the run was cancelled or
	 * the source stopped answering, and the run is finished so
	 */
	boolean storeAll(RecordStream stream, Set<UUID> cancelled) {
		while (!cancelled.remove(run)) {
			var next = next(stream);
			if (next == null) {
				flush();
				return stoppedBy == null || stopped(stoppedBy);
			}
			add(next);
		}
		flush();
		return cancelled();
	}

	private boolean cancelled() {
		runs.finish(run, ImportRun.Status.CANCELLED, "opendata.run.cancelled");
		return false;
	}

	/**
	 * The stream's next record, or {@code null} at its end or when the source stopped.
	 */
	private @Nullable SourceRecord next(RecordStream stream) {
		try {
			return stream.hasNext() ? stream.next() : null;
		}
		catch (SourceUnavailableException ex) {
			stoppedBy = ex;
			return null;
		}
	}

	private void add(SourceRecord record) {
		batch.add(record);
		if (batch.size() >= batchSize) {
			flush();
		}
	}

	private void flush() {
		batches.store(run, adapter, batch, sequence);
	}

	private boolean stopped(SourceUnavailableException ex) {
		log.warn("Import {} of {} stopped: {}", run, adapter.id(), ex.getMessage());
		runs.finish(run, ImportRun.Status.FAILED, ex.messageKey(), ex.arguments());
		return false;
	}

}
