package fi.osaamo.opendata.publish;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalInt;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fi.osaamo.opendata.imports.OpenDataProperties;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits the open API: anonymous callers by their address (120 requests a minute by
 * default), holders of an API key by their key, at the key's own limit. Over the limit
 * the answer is 429 with Retry-After; an unknown or revoked key is 401.
 */
class RateLimitFilter extends OncePerRequestFilter {

	static final String KEY_HEADER = "X-Api-Key";

	private final ApiKeys keys;

	private final int anonymousPerMinute;

	private final Cache<String, RateLimiter> limiters = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(5))
		.maximumSize(100_000)
		.build();

	private final Cache<String, OptionalInt> keyLimits = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(30))
		.maximumSize(10_000)
		.build();

	RateLimitFilter(ApiKeys keys, OpenDataProperties properties) {
		this.keys = keys;
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
				problem(response, HttpStatus.UNAUTHORIZED, "The API key is not valid.");
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
				name -> RateLimiter.of(name,
						RateLimiterConfig.custom()
							.limitForPeriod(perMinute)
							.limitRefreshPeriod(Duration.ofMinutes(1))
							.timeoutDuration(Duration.ZERO)
							.build()));
		response.setHeader("X-RateLimit-Limit", Integer.toString(perMinute));
		if (!limiter.acquirePermission()) {
			var wait = Math.max(1, (limiter.reservePermission() + 999_999_999L) / 1_000_000_000L);
			response.setHeader("Retry-After", Long.toString(wait));
			problem(response, HttpStatus.TOO_MANY_REQUESTS,
					"Too many requests: at most " + perMinute + " a minute. Try again in " + wait + " s.");
			return;
		}
		response.setHeader("X-RateLimit-Remaining",
				Integer.toString(Math.max(0, limiter.getMetrics().getAvailablePermissions())));
		// Public data: caches may keep it but must ask again, with the ETag, before
		// reuse.
		response.setHeader("Cache-Control", "no-cache");
		chain.doFilter(request, response);
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
	}

}
