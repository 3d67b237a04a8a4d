package fi.osaamo.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The clock every module reads the time from, so tests can move it; and scheduled work
 * ({@code @Scheduled}) is switched on.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
