package fi.osaamo.opendata.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import fi.osaamo.opendata.imports.ImportRun;
import fi.osaamo.opendata.imports.SourceSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.support.CronExpression;

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

		/**
		 * When the schedule next starts the source, read in Finnish time as the scheduler
		 * reads it.
		 * @return the next start, or {@code null} when the source is not scheduled
		 */
		public @Nullable Instant nextRun() {
			var cron = settings.cron();
			if (!settings.scheduled() || cron == null || !CronExpression.isValidExpression(cron)) {
				return null;
			}
			var next = CronExpression.parse(cron).next(ZonedDateTime.now(ZoneId.of("Europe/Helsinki")));
			return next == null ? null : next.toInstant();
		}

	}

}
