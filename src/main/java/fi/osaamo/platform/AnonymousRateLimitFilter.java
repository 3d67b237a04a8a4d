package fi.osaamo.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits what anonymous clients may ask of the look-ups that need no sign-in (skills,
 * occupations, the search) and of text messages' personal links, per address; signed-in
 * users are not limited here. Runs after the security filters have read the session, so a
 * forged session cookie is anonymous too.
 */
class AnonymousRateLimitFilter extends OncePerRequestFilter {

	private final RequestMatcher limited;

	private final RateLimits limits;

	private final ProblemResponses problems;

	AnonymousRateLimitFilter(RequestMatcher limited, RateLimits limits, ProblemResponses problems) {
		this.limited = limited;
		this.limits = limits;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		var signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		return signedIn || !limited.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var decision = limits.anonymous(request.getRemoteAddr());
		response.setHeader("X-RateLimit-Limit", Integer.toString(decision.perMinute()));
		if (!decision.permitted()) {
			refuse(request, response, decision);
			return;
		}
		response.setHeader("X-RateLimit-Remaining", Integer.toString(decision.remaining()));
		chain.doFilter(request, response);
	}

	/**
	 * Answers 429 with when to try again: a problem for the API, the error page for
	 * pages.
	 */
	private void refuse(HttpServletRequest request, HttpServletResponse response, RateLimits.Decision decision)
			throws IOException {
		response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
		if (request.getRequestURI().startsWith("/api/")) {
			problems.send(request, response, HttpStatus.TOO_MANY_REQUESTS, "tooManyRequests",
					"problem.tooManyRequests.detail", decision.perMinute(), decision.retryAfterSeconds());
		}
		else {
			request.setAttribute(ErrorPages.MESSAGE_KEY, "error.429");
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
		}
	}

}
