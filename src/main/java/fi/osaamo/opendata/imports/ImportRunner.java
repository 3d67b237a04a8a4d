package fi.osaamo.opendata.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Runs imports: takes the source's lock, reads its records, stores them batch by batch
 * (one transaction each, one savepoint per record, so a bad record is turned down without
 * taking its batch with it) and logs the run and every rejected record.
 */
@Service
public class ImportRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final Map<String, SourceAdapter> adapters;

	private final ImportRuns runs;

	private final BatchStore batches;

	private final SourceSettingsRepository settings;

	private final DataSource dataSource;

	private final TaskExecutor executor;

	private final int batchSize;

	private final Set<UUID> cancelled = ConcurrentHashMap.newKeySet();

	ImportRunner(List<SourceAdapter> adapters, ImportRuns runs, BatchStore batches, SourceSettingsRepository settings,
			DataSource dataSource, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			OpenDataProperties properties) {
		this.adapters = adapters.stream().collect(Collectors.toMap(SourceAdapter::id, Function.identity()));
		this.runs = runs;
		this.batches = batches;
		this.settings = settings;
		this.dataSource = dataSource;
		this.executor = executor;
		this.batchSize = properties.batchSize();
	}

	public List<String> sources() {
		return adapters.keySet().stream().sorted().toList();
	}

	public SourceAdapter adapter(String source) {
		var adapter = adapters.get(source);
		if (adapter == null) {
			throw new NotFoundException("source " + source);
		}
		return adapter;
	}

	/**
	 * Starts a run in the background.
	 * @param source the source
	 * @param trigger what starts it
	 * @param actor who, if a person
	 * @param upload a file in the source's format to read instead of the network
	 * @return the run, or empty when the source is already being imported (here or on
	 * another instance)
	 */
	public Optional<UUID> start(String source, ImportRun.Trigger trigger, @Nullable PersonId actor,
			@Nullable Path upload) {
		var adapter = adapter(source);
		var current = settings.current(source);
		if (upload == null && !adapter.canFetch(current)) {
			throw new InvalidInputException("source", "opendata.run.cannotFetch");
		}
		var lock = ImportLock.tryAcquire(dataSource, source);
		if (lock.isEmpty()) {
			Uploads.delete(upload);
			return Optional.empty();
		}
		try {
			runs.interruptStale(source);
			var run = runs.start(source, trigger, actor == null ? null : actor.value());
			executor.execute(() -> {
				try (var held = lock.get()) {
					execute(run, adapter, current, upload);
				}
			});
			return Optional.of(run);
		}
		catch (RuntimeException ex) {
			lock.get().close();
			Uploads.delete(upload);
			throw ex;
		}
	}

	/**
	 * Runs an import in the calling thread, for the schedule and for tests.
	 * @param source the source
	 * @param trigger what starts it
	 * @param upload a file to read instead of the network
	 * @return the finished run, or empty when the source is already being imported
	 */
	public Optional<ImportRun> runNow(String source, ImportRun.Trigger trigger, @Nullable Path upload) {
		var adapter = adapter(source);
		var current = settings.current(source);
		var lock = ImportLock.tryAcquire(dataSource, source);
		if (lock.isEmpty()) {
			return Optional.empty();
		}
		try (var held = lock.get()) {
			runs.interruptStale(source);
			var run = runs.start(source, trigger, null);
			execute(run, adapter, current, upload);
			return runs.find(run);
		}
	}

	/**
	 * Asks a run to stop after its current batch.
	 * @param run the run
	 */
	public void cancel(UUID run) {
		cancelled.add(run);
	}

	/**
	 * At start-up, runs that were cut short by a stop are marked as interrupted; their
	 * committed batches stay, and the next run goes through everything again.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void interruptStaleRuns() {
		for (var source : adapters.keySet()) {
			ImportLock.tryAcquire(dataSource, source).ifPresent(lock -> {
				try (lock) {
					var stale = runs.interruptStale(source);
					if (stale > 0) {
						log.info("Marked {} unfinished run(s) of {} as interrupted", stale, source);
					}
				}
			});
		}
	}

	private void execute(UUID run, SourceAdapter adapter, SourceSettings current, @Nullable Path upload) {
		try (var stream = open(adapter, current, upload)) {
			if (!storeAll(run, adapter, stream)) {
				return;
			}
			var state = stream.nextSyncState();
			if (state != null && upload == null) {
				settings.saveSyncState(adapter.id(), state);
			}
			runs.finish(run, ImportRun.Status.SUCCEEDED, null);
		}
		catch (SourceUnavailableException ex) {
			log.warn("Import {} of {} could not start: {}", run, adapter.id(), ex.getMessage());
			runs.finish(run, ImportRun.Status.FAILED, ex.messageKey(), ex.arguments());
		}
		catch (RuntimeException ex) {
			log.error("Import {} of {} failed", run, adapter.id(), ex);
			runs.finish(run, ImportRun.Status.FAILED, "opendata.run.failed");
		}
		finally {
			cancelled.remove(run);
			Uploads.delete(upload);
		}
	}

	/**
	 * Stores the stream's records a batch at a time.
	 * @return whether the stream was read to its end; if not, the run was cancelled or
	 * the source stopped answering, and the run is finished so
	 */
	private boolean storeAll(UUID run, SourceAdapter adapter, RecordStream stream) {
		var sequence = new int[] { 0 };
		var batch = new ArrayList<SourceRecord>(batchSize);
		while (true) {
			if (cancelled.remove(run)) {
				batches.store(run, adapter, batch, sequence);
				runs.finish(run, ImportRun.Status.CANCELLED, "opendata.run.cancelled");
				return false;
			}
			SourceRecord next;
			try {
				if (!stream.hasNext()) {
					break;
				}
				next = stream.next();
			}
			catch (SourceUnavailableException ex) {
				batches.store(run, adapter, batch, sequence);
				log.warn("Import {} of {} stopped: {}", run, adapter.id(), ex.getMessage());
				runs.finish(run, ImportRun.Status.FAILED, ex.messageKey(), ex.arguments());
				return false;
			}
			batch.add(next);
			if (batch.size() >= batchSize) {
				batches.store(run, adapter, batch, sequence);
			}
		}
		batches.store(run, adapter, batch, sequence);
		return true;
	}

	private RecordStream open(SourceAdapter adapter, SourceSettings current, @Nullable Path upload) {
		return upload == null ? adapter.fetch(current) : Uploads.open(adapter, current, upload);
	}

}
