package fi.osaamo.opendata;

import fi.osaamo.identity.PersonId;
import fi.osaamo.opendata.imports.SourceSettingsRepository;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of the open-data module.
 */
@Service
public class OpenDataManagement {

	private final SourceSettingsRepository settings;

	OpenDataManagement(SourceSettingsRepository settings) {
		this.settings = settings;
	}

	/**
	 * Switches on the schedule of the sources that need no key, unless an administrator
	 * has already saved their settings; the demo region does this so its data stays
	 * fresh.
	 * @param actor on whose behalf
	 */
	public void scheduleOpenSources(PersonId actor) {
		for (var source : new String[] { "prh-companies", "konfo-studies" }) {
			var current = settings.current(source);
			if (current.version() < 0) {
				settings.save(new fi.osaamo.opendata.imports.SourceSettings(source, true, current.cron(),
						current.baseUrl(), current.municipalities(), null, null, current.version()), actor);
			}
		}
	}

}
