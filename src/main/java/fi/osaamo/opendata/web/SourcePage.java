package fi.osaamo.opendata.web;

import java.util.List;

import fi.osaamo.opendata.imports.ImportRun;
import fi.osaamo.opendata.imports.SourceSettings;
import org.jspecify.annotations.Nullable;

/**
 * One source: its settings, "run now", "upload a file instead" and its latest runs.
 *
 * @param id the source
 * @param settings its settings, or what was typed when they did not validate
 * @param municipalities the municipality codes as typed
 * @param canFetch whether it can be fetched over the network as set
 * @param runs its latest runs
 * @param errorKey what was wrong, as a message key
 * @param errorArguments the message's arguments
 * @param notice what just happened, as a message key
 * @param fileTypes what may be uploaded instead, for the file picker
 */
public record SourcePage(String id, SourceSettings settings, String municipalities, boolean canFetch,
		List<ImportRun> runs, @Nullable String errorKey, Object[] errorArguments, @Nullable String notice,
		String fileTypes) {

	public boolean running() {
		return runs.stream().anyMatch(ImportRun::running);
	}

}
