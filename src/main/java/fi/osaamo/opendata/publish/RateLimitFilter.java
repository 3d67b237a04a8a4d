package fi.osaamo.opendata.publish;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalInt;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fi.osaamo.opendata.imports.OpenDataProperties;
import fi.osaamo.platform.ProblemResponses;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits the open API: anonymous callers by their address (120 requests a minute by
 * default), holders of an API key by their key, at the key's own limit. Over the limit
 * the answer is 429 with Retry-After; an unknown or revoked key is 401.
 */
class RateLimitFilter extends OncePerRequestFilter {

	static final String KEY_HEADER = "X-Api-Key";

	private final ApiKeys keys;

	private final ProblemResponses problems;

	private final int anonymousPerMinute;

	private final Cache<String, AtomicRateLimiter> limiters = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(5))
		.maximumSize(100_000)
		.build();

	private final Cache<String, OptionalInt> keyLimits = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(30))
		.maximumSize(10_000)
		.build();

	RateLimitFilter(ApiKeys keys, ProblemResponses problems, OpenDataProperties properties) {
		this.keys = keys;
		this.problems = problems;
		this.anonymousPerMinute = properties.anonymousPerMinute();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var key = request.getHeader(KEY_HEADER);
		String client;
		int perMinute;
		if (key != null && !key.isBlank()) {
			var limit = keyLimits.get(ApiKeys.hash(key), hash -> keys.limitOf(key));
			if (limit.isEmpty()) {
				problems.send(request, response, HttpStatus.UNAUTHORIZED, "invalidApiKey",
						"problem.invalidApiKey.detail");
				return;
			}
			client = "key:" + ApiKeys.hash(key);
			perMinute = limit.getAsInt();
		}
		else {
			client = "ip:" + request.getRemoteAddr();
			perMinute = anonymousPerMinute;
		}
		var limiter = limiters.get(client + "/" + perMinute,
				name -> new AtomicRateLimiter(name,
						RateLimiterConfig.custom()
							.limitForPeriod(perMinute)
							.limitRefreshPeriod(Duration.ofMinutes(1))
							.timeoutDuration(Duration.ZERO)
							.build()));
		response.setHeader("X-RateLimit-Limit", Integer.toString(perMinute));
		if (!limiter.acquirePermission()) {
			// Seconds until the window refills, rounded up.
			var wait = Math.max(1, (limiter.getDetailedMetrics().getNanosToWait() + 999_999_999L) / 1_000_000_000L);
			response.setHeader("Retry-After", Long.toString(wait));
			problems.send(request, response, HttpStatus.TOO_MANY_REQUESTS, "tooManyRequests",
					"problem.tooManyRequests.detail", perMinute, wait);
			return;
		}
		response.setHeader("X-RateLimit-Remaining",
				Integer.toString(Math.max(0, limiter.getMetrics().getAvailablePermissions())));
		// Public data: caches may keep it but must ask again, with the ETag, before
		// reuse.
		response.setHeader("Cache-Control", "no-cache");
		chain.doFilter(request, response);
	}

}
