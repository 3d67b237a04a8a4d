package fi.osaamo.opendata.imports;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Starts each scheduled source when its cron expression (Europe/Helsinki time) comes due.
 * Settings are read every minute, so a changed schedule applies without a restart; the
 * source's lock keeps a second instance from starting the same run.
 */
@Component
@ConditionalOnProperty(name = "app.opendata.scheduler", havingValue = "true", matchIfMissing = true)
class ImportScheduler {

	private static final Logger log = LoggerFactory.getLogger(ImportScheduler.class);

	static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

	private final ImportRunner runner;

	private final SourceSettingsRepository settings;

	private final Clock clock;

	private final Map<String, ZonedDateTime> lastChecked = new ConcurrentHashMap<>();

	ImportScheduler(ImportRunner runner, SourceSettingsRepository settings, Clock clock) {
		this.runner = runner;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void tick() {
		var now = ZonedDateTime.now(clock.withZone(ZONE));
		for (var source : runner.sources()) {
			var previous = lastChecked.put(source, now);
			var current = settings.current(source);
			if (previous != null && isDue(current, previous, now) && runner.adapter(source).canFetch(current)) {
				log.info("Starting the scheduled import of {}", source);
				runner.start(source, ImportRun.Trigger.SCHEDULE, null, null);
			}
		}
	}

	private static boolean isDue(SourceSettings current, ZonedDateTime previous, ZonedDateTime now) {
		if (!current.scheduled() || current.cron() == null || !CronExpression.isValidExpression(current.cron())) {
			return false;
		}
		var due = CronExpression.parse(current.cron()).next(previous);
		return due != null && !due.isAfter(now);
	}

}
