package fi.osaamo.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of the privacy notice in force, read from the database at most every
 * {@code app.privacy.version-cache} (30 seconds by default).
 */
@Component
class NoticeVersion {

	private final JdbcClient jdbc;

	/** How long another instance's new version may go unnoticed here. */
	private final Duration cache;

	private final Clock clock;

	private volatile CachedVersion cached = new CachedVersion(0, Instant.MIN);

	NoticeVersion(JdbcClient jdbc, Clock clock, @Value("${app.privacy.version-cache:30s}") Duration cache) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.cache = cache;
	}

	/**
	 * The version in force.
	 * @return the version number, 0 if none is published
	 */
	int current() {
		var known = cached;
		if (known.fetchedAt().plus(this.cache).isAfter(clock.instant())) {
			return known.version();
		}
		var version = jdbc.sql("select coalesce(max(version), 0) from privacy.notice").query(Integer.class).single();
		cached = new CachedVersion(version, clock.instant());
		return version;
	}

	/**
	 * Remembers a version just published here.
	 * @param version the version number
	 */
	void published(int version) {
		cached = new CachedVersion(version, clock.instant());
	}

	private record CachedVersion(int version, Instant fetchedAt) {
	}

}
