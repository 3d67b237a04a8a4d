package fi.osaamo.opendata.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Runs imports: takes the source's lock, reads its records, stores them batch by batch
 * (one transaction each, one savepoint per record, so a bad record is turned down without
 * taking its batch with it) and logs the run and every rejected record.
 */
@Service
public class ImportRunner {

	private final Map<String, SourceAdapter> adapters;

	private final ImportRuns runs;

	private final SourceSettingsRepository settings;

	private final ImportLauncher launcher;

	private final ImportExecution execution;

	ImportRunner(List<SourceAdapter> adapters, ImportRuns runs, SourceSettingsRepository settings,
			ImportLauncher launcher, ImportExecution execution) {
		this.adapters = adapters.stream().collect(Collectors.toMap(SourceAdapter::id, Function.identity()));
		this.runs = runs;
		this.settings = settings;
		this.launcher = launcher;
		this.execution = execution;
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
		var request = request(source, upload);
		if (upload == null && !request.adapter().canFetch(request.settings())) {
			throw new InvalidInputException("source", "opendata.run.cannotFetch");
		}
		return launcher.startInBackground(request, trigger, actor == null ? null : actor.value());
	}

	/**
	 * Runs an import in the calling thread, for the schedule and for tests.
	 * @param source the source
	 * @param trigger what starts it
	 * @param upload a file to read instead of the network
	 * @return the finished run, or empty when the source is already being imported
	 */
	public Optional<ImportRun> runNow(String source, ImportRun.Trigger trigger, @Nullable Path upload) {
		return launcher.runHere(request(source, upload), trigger).flatMap(runs::find);
	}

	/**
	 * Asks a run to stop after its current batch.
	 * @param run the run
	 */
	public void cancel(UUID run) {
		execution.cancel(run);
	}

	/**
	 * At start-up, runs that were cut short by a stop are marked as interrupted; their
	 * committed batches stay, and the next run goes through everything again.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void interruptStaleRuns() {
		adapters.keySet().forEach(launcher::interruptStale);
	}

	private ImportRequest request(String source, @Nullable Path upload) {
		var adapter = adapter(source);
		return new ImportRequest(adapter, settings.current(source), upload);
	}

}
