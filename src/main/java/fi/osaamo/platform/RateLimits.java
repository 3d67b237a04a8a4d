package fi.osaamo.platform;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Requests per minute per client, for everything anonymous clients may call: the open
 * API, the skill and occupation look-ups, the search and text messages' personal links.
 * Anonymous clients share one budget per address
 * ({@code app.platform.anonymous-per-minute}, 120 by default); an API key has a budget of
 * its own. Behind a reverse proxy the address is the client's only with the production
 * profile's forwarded-header setting.
 */
@Component
public class RateLimits {

	private final int anonymousPerMinute;

	private final Cache<String, AtomicRateLimiter> limiters = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(5))
		.maximumSize(100_000)
		.build();

	RateLimits(Environment environment) {
		this.anonymousPerMinute = environment.getProperty("app.platform.anonymous-per-minute", Integer.class, 120);
	}

	/**
	 * The budget of an anonymous client.
	 * @return requests per minute
	 */
	public int anonymousPerMinute() {
		return anonymousPerMinute;
	}

	/**
	 * Takes one request from an anonymous client's budget.
	 * @param address the client's address
	 * @return whether it may go ahead, and what is left
	 */
	public Decision anonymous(String address) {
		return acquire("ip:" + address, anonymousPerMinute);
	}

	/**
	 * Takes one request from a client's budget.
	 * @param client who, e.g. {@code key:<hash>}
	 * @param perMinute the client's budget
	 * @return whether it may go ahead, and what is left
	 */
	public Decision acquire(String client, int perMinute) {
		var limiter = limiters.get(client + "/" + perMinute, name -> limiter(name, perMinute));
		if (!limiter.acquirePermission()) {
			// Seconds until the window refills, rounded up.
			var wait = Math.max(1, (limiter.getDetailedMetrics().getNanosToWait() + 999_999_999L) / 1_000_000_000L);
			return new Decision(false, perMinute, 0, wait);
		}
		return new Decision(true, perMinute, Math.max(0, limiter.getMetrics().getAvailablePermissions()), 0);
	}

	private static AtomicRateLimiter limiter(String name, int perMinute) {
		return new AtomicRateLimiter(name,
				RateLimiterConfig.custom()
					.limitForPeriod(perMinute)
					.limitRefreshPeriod(Duration.ofMinutes(1))
					.timeoutDuration(Duration.ZERO)
					.build());
	}

	/**
	 * The answer of a rate limit.
	 *
	 * @param permitted whether the request may go ahead
	 * @param perMinute the client's budget
	 * @param remaining requests left in this minute
	 * @param retryAfterSeconds when refused, how long to wait
	 */
	public record Decision(boolean permitted, int perMinute, int remaining, long retryAfterSeconds) {
	}

}
