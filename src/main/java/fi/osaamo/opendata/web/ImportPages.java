package fi.osaamo.opendata.web;

import java.util.UUID;

import fi.osaamo.opendata.imports.ImportRunner;
import fi.osaamo.opendata.imports.ImportRuns;
import fi.osaamo.opendata.imports.SourceSettings;
import fi.osaamo.opendata.imports.SourceSettingsRepository;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Assembles the pages of the import screens: the sources, one source with its settings
 * and latest runs, and one run with a page of its rejections.
 */
@Component
class ImportPages {

	static final int RUNS = 10;

	static final int REJECTIONS = 50;

	private final ImportRunner runner;

	private final ImportRuns runs;

	private final SourceSettingsRepository settings;

	ImportPages(ImportRunner runner, ImportRuns runs, SourceSettingsRepository settings) {
		this.runner = runner;
		this.runs = runs;
		this.settings = settings;
	}

	SourcesPage sources() {
		return new SourcesPage(runner.sources().stream().map(this::row).toList());
	}

	private SourcesPage.Row row(String id) {
		var current = settings.current(id);
		var last = runs.latest(id, 1);
		return new SourcesPage.Row(id, current, runner.adapter(id).canFetch(current),
				last.isEmpty() ? null : last.get(0));
	}

	SourcePage source(String id, @Nullable SourceSettings typed, @Nullable String municipalities,
			@Nullable InvalidInputException error, @Nullable String notice) {
		var adapter = runner.adapter(id);
		var current = typed != null ? typed : settings.current(id);
		return new SourcePage(id, current,
				municipalities != null ? municipalities : String.join(", ", current.municipalities()),
				adapter.canFetch(settings.current(id)), runs.latest(id, RUNS),
				error == null ? null : error.messageKey(), error == null ? new Object[0] : error.arguments(), notice,
				adapter.fileTypes());
	}

	RunPage run(UUID id, int page) {
		var run = runs.find(id).orElseThrow(() -> new NotFoundException("run " + id));
		var pages = Math.max(1, (run.rejected() + REJECTIONS - 1) / REJECTIONS);
		var current = Math.max(0, Math.min(page, pages - 1));
		return new RunPage(run, runs.rejections(id, current * REJECTIONS, REJECTIONS), current, pages);
	}

}
