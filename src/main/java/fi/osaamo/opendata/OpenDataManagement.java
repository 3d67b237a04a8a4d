package fi.osaamo.opendata;

import java.nio.file.Path;
import java.util.Optional;

import fi.osaamo.identity.PersonId;
import fi.osaamo.opendata.imports.ImportRun;
import fi.osaamo.opendata.imports.ImportRunner;
import fi.osaamo.opendata.imports.SourceSettingsRepository;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of the open-data module.
 */
@Service
public class OpenDataManagement {

	private final SourceSettingsRepository settings;

	private final ImportRunner runner;

	OpenDataManagement(SourceSettingsRepository settings, ImportRunner runner) {
		this.settings = settings;
		this.runner = runner;
	}

	/**
	 * Imports a file in a source's own format, as an administrator's upload on the source
	 * page does, and waits for the run to end.
	 * @param source the source's code, e.g. {@code prh-companies}
	 * @param file the file
	 * @return how the run went: counts of created, updated and rejected records; empty if
	 * the source was already running
	 */
	public Optional<String> importFile(String source, Path file) {
		return runner.runNow(source, ImportRun.Trigger.UPLOAD, file)
			.map(run -> run.status() + ": " + run.created() + " created, " + run.updated() + " updated, "
					+ run.rejected() + " rejected");
	}

	/**
	 * Switches on the schedule of the sources that need no key, unless an administrator
	 * has already saved their settings; the demo region does this so its data stays
	 * fresh.
	 * @param actor on whose behalf
	 */
	public void scheduleOpenSources(PersonId actor) {
		for (var source : new String[] { "prh-companies", "prh-financials", "konfo-studies" }) {
			var current = settings.current(source);
			if (current.version() < 0) {
				settings.save(new fi.osaamo.opendata.imports.SourceSettings(source, true, current.cron(),
						current.baseUrl(), current.municipalities(), null, null, current.version()), actor);
			}
		}
	}

}
