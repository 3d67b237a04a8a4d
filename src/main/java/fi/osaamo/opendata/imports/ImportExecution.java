package fi.osaamo.opendata.imports;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Executes a run whose source's lock is held: reads the records, has them stored, keeps
 * what a complete run leaves for the next one, and logs how the run ended.
 */
@Component
class ImportExecution {

	private static final Logger log = LoggerFactory.getLogger(ImportExecution.class);

	private final ImportRunLog runs;

	private final BatchStore batches;

	private final SourceSettingsRepository settings;

	private final int batchSize;

	private final Set<UUID> cancelled = ConcurrentHashMap.newKeySet();

	ImportExecution(ImportRunLog runs, BatchStore batches, SourceSettingsRepository settings,
			OpenDataProperties properties) {
		this.runs = runs;
		this.batches = batches;
		this.settings = settings;
		this.batchSize = properties.batchSize();
	}

	void cancel(UUID run) {
		cancelled.add(run);
	}

	void execute(UUID run, ImportRequest request) {
		try {
			readAndLog(run, request);
		}
		finally {
			cancelled.remove(run);
			Uploads.delete(request.upload());
		}
	}

	private void readAndLog(UUID run, ImportRequest request) {
		try (var stream = request.open()) {
			read(run, request, stream);
		}
		catch (SourceUnavailableException ex) {
			couldNotStart(run, request, ex);
		}
		catch (RuntimeException ex) {
			log.error("Import {} of {} failed", run, request.source(), ex);
			runs.finish(run, ImportRun.Status.FAILED, "opendata.run.failed");
		}
	}

	private void couldNotStart(UUID run, ImportRequest request, SourceUnavailableException ex) {
		log.warn("Import {} of {} could not start: {}", run, request.source(), ex.getMessage());
		runs.finish(run, ImportRun.Status.FAILED, ex.messageKey(), ex.arguments());
	}

	private void read(UUID run, ImportRequest request, RecordStream stream) {
		var pass = new ImportPass(runs, batches, run, request.adapter(), batchSize);
		if (!pass.storeAll(stream, cancelled)) {
			return;
		}
		var state = stream.nextSyncState();
		if (state != null && request.upload() == null) {
			settings.saveSyncState(request.source(), state);
		}
		runs.finish(run, ImportRun.Status.SUCCEEDED, null);
	}

}
