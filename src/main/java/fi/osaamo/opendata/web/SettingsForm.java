package fi.osaamo.opendata.web;

import fi.osaamo.opendata.imports.SourceSettings;
import fi.osaamo.opendata.imports.SourceSettingsInput;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator typed into a source's settings form, kept as typed.
 *
 * @param source the source
 * @param scheduled whether the schedule runs it
 * @param cron when
 * @param baseUrl where from
 * @param municipalities the municipality codes as typed
 * @param subscriptionKey a new key, or blank to keep the saved one
 * @param version the version the administrator saw
 */
record SettingsForm(String source, boolean scheduled, String cron, String baseUrl, String municipalities,
		String subscriptionKey, int version) {

	/** The settings to save; reading the municipality codes may refuse them. */
	SourceSettings settings() {
		return new SourceSettings(source, scheduled, blankToNull(cron), blankToNull(baseUrl),
				SourceSettingsInput.codes(municipalities), blankToNull(subscriptionKey), null, version);
	}

	/** The settings as typed, over the current ones, to show a refused form again. */
	SourceSettings typed(SourceSettings current) {
		return new SourceSettings(source, scheduled, cron, baseUrl, current.municipalities(), current.subscriptionKey(),
				current.syncState(), current.version());
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

}
