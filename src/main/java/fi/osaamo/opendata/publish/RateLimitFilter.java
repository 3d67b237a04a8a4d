package fi.osaamo.opendata.publish;

import java.io.IOException;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fi.osaamo.platform.ProblemResponses;
import fi.osaamo.platform.RateLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits the open API: anonymous callers by their address (the budget they share
 * with the other anonymous look-ups, see {@link RateLimits}), holders of an API key by
 * their key, at the key's own limit. Over the limit the answer is 429 with Retry-After. A
 * key that is not found costs its caller's address one request, and is looked up only
 * while that address has requests left: guessing keys is as limited as anything else an
 * anonymous client does, and an unknown key is 401 only until the address's budget runs
 * out. Every key is looked up on every request (one query on a unique index), so a
 * revoked key is refused at its next request on every instance.
 */
class RateLimitFilter extends OncePerRequestFilter {

	static final String KEY_HEADER = "X-Api-Key";

	private final ApiKeys keys;

	private final ProblemResponses problems;

	private final RateLimits limits;

	// Hashes of keys found valid lately: their holders' requests are not charged to the
	// address. Only whether to charge is cached, never whether a key is valid.
	private final Cache<String, Boolean> knownKeys = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(10_000)
		.build();

	RateLimitFilter(ApiKeys keys, ProblemResponses problems, RateLimits limits) {
		this.keys = keys;
		this.problems = problems;
		this.limits = limits;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var key = request.getHeader(KEY_HEADER);
		var decision = key != null && !key.isBlank() ? keyDecision(request, response, key)
				: limits.anonymous(request.getRemoteAddr());
		if (decision != null) {
			admit(request, response, chain, decision);
		}
	}

	private void admit(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			RateLimits.Decision decision) throws ServletException, IOException {
		response.setHeader("X-RateLimit-Limit", Integer.toString(decision.perMinute()));
		if (!decision.permitted()) {
			tooMany(request, response, decision);
			return;
		}
		response.setHeader("X-RateLimit-Remaining", Integer.toString(decision.remaining()));
		// Public data: caches may keep it but must ask again, with the ETag, before
		// reuse.
		response.setHeader("Cache-Control", "no-cache");
		chain.doFilter(request, response);
	}

	/**
	 * The limit of a request with an API key.
	 * @return the decision, or null when the request was answered already: too many
	 * requests with an unknown key from its address, or a key that is not valid
	 */
	private RateLimits.@Nullable Decision keyDecision(HttpServletRequest request, HttpServletResponse response,
			String key) throws IOException {
		var hash = ApiKeys.hash(key);
		if (!charged(request, response, hash)) {
			return null;
		}
		var limit = keys.limitOf(key);
		return limit.isEmpty() ? refused(request, response, hash) : known(hash, limit.getAsInt());
	}

	/**
	 * Whether the request may go on: an unknown key (or one not used lately) is paid for
	 * by the address, and over its limit it is answered at once.
	 */
	private boolean charged(HttpServletRequest request, HttpServletResponse response, String hash) throws IOException {
		if (knownKeys.getIfPresent(hash) != null) {
			return true;
		}
		var address = limits.anonymous(request.getRemoteAddr());
		if (!address.permitted()) {
			tooMany(request, response, address);
		}
		return address.permitted();
	}

	private RateLimits.@Nullable Decision refused(HttpServletRequest request, HttpServletResponse response, String hash)
			throws IOException {
		knownKeys.invalidate(hash);
		problems.send(request, response, HttpStatus.UNAUTHORIZED, "invalidApiKey", "problem.invalidApiKey.detail");
		return null;
	}

	private RateLimits.Decision known(String hash, int perMinute) {
		knownKeys.put(hash, Boolean.TRUE);
		return limits.acquire("key:" + hash, perMinute);
	}

	private void tooMany(HttpServletRequest request, HttpServletResponse response, RateLimits.Decision decision)
			throws IOException {
		response.setHeader("X-RateLimit-Limit", Integer.toString(decision.perMinute()));
		response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
		problems.send(request, response, HttpStatus.TOO_MANY_REQUESTS, "tooManyRequests",
				"problem.tooManyRequests.detail", decision.perMinute(), decision.retryAfterSeconds());
	}

}
