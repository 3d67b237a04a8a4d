package fi.osaamo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock of the integration tests: the system's, until a test pins it to a moment (and
 * unpins it in a {@code finally}).
 */
public final class TestClock extends Clock {

	private final AtomicReference<Instant> pinned = new AtomicReference<>();

	/** Stops the clock at a moment. */
	public void pin(Instant at) {
		this.pinned.set(at);
	}

	/** Lets the clock run with the system's again. */
	public void release() {
		this.pinned.set(null);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	/** The same clock in another zone: pinned while this one is. */
	@Override
	public Clock withZone(ZoneId zone) {
		var owner = this;
		return new Clock() {
			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return owner.withZone(other);
			}

			@Override
			public Instant instant() {
				return owner.instant();
			}
		};
	}

	@Override
	public Instant instant() {
		var at = this.pinned.get();
		return at == null ? Instant.now() : at;
	}

	/** Makes the test clock the application's clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
