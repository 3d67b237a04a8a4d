package fi.osaamo.opendata.web;

import java.util.List;

import fi.osaamo.opendata.imports.ImportRun;
import fi.osaamo.opendata.imports.SourceSettings;
import org.jspecify.annotations.Nullable;

/**
 * The open-data sources and how their last runs went.
 *
 * @param sources one row per source
 */
public record SourcesPage(List<Row> sources) {

	/**
	 * A source.
	 *
	 * @param id its id
	 * @param settings its settings
	 * @param canFetch whether it can be fetched over the network as set
	 * @param lastRun its latest run
	 */
	public record Row(String id, SourceSettings settings, boolean canFetch, @Nullable ImportRun lastRun) {
	}

}
