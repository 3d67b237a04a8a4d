package fi.osaamo.opendata.imports;

import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Starts runs under their source's lock, in the background or in the calling thread, and
 * marks the runs a stop cut short as interrupted.
 */
@Component
class ImportLauncher {

	private static final Logger log = LoggerFactory.getLogger(ImportLauncher.class);

	private final ImportRunLog runLog;

	private final DataSource dataSource;

	private final TaskExecutor executor;

	private final ImportExecution execution;

	ImportLauncher(ImportRunLog runLog, DataSource dataSource,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, ImportExecution execution) {
		this.runLog = runLog;
		this.dataSource = dataSource;
		this.executor = executor;
		this.execution = execution;
	}

	Optional<UUID> startInBackground(ImportRequest request, ImportRun.Trigger trigger, @Nullable UUID actor) {
		var lock = ImportLock.tryAcquire(dataSource, request.source());
		if (lock.isEmpty()) {
			Uploads.delete(request.upload());
			return Optional.empty();
		}
		return Optional.of(launch(lock.get(), request, trigger, actor));
	}

	Optional<UUID> runHere(ImportRequest request, ImportRun.Trigger trigger) {
		var lock = ImportLock.tryAcquire(dataSource, request.source());
		if (lock.isEmpty()) {
			return Optional.empty();
		}
		try (var held = lock.get()) {
			var run = begin(request.source(), trigger, null);
			execution.execute(run, request);
			return Optional.of(run);
		}
	}

	void interruptStale(String source) {
		ImportLock.tryAcquire(dataSource, source).ifPresent(lock -> {
			try (lock) {
				var stale = runLog.interruptStale(source);
				if (stale > 0) {
					log.info("Marked {} unfinished run(s) of {} as interrupted", stale, source);
				}
			}
		});
	}

	private UUID begin(String source, ImportRun.Trigger trigger, @Nullable UUID actor) {
		runLog.interruptStale(source);
		return runLog.start(source, trigger, actor);
	}

	private UUID launch(ImportLock lock, ImportRequest request, ImportRun.Trigger trigger, @Nullable UUID actor) {
		try {
			var run = begin(request.source(), trigger, actor);
			executor.execute(() -> executeHolding(lock, run, request));
			return run;
		}
		catch (RuntimeException ex) {
			lock.close();
			Uploads.delete(request.upload());
			throw ex;
		}
	}

	private void executeHolding(ImportLock lock, UUID run, ImportRequest request) {
		try (lock) {
			execution.execute(run, request);
		}
	}

}
