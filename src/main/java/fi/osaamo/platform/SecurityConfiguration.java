package fi.osaamo.platform;

import java.util.Arrays;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Pages redirect anonymous users to the sign-in page; the JSON API
 * answers 401 and 403 as RFC 9457 problems. Both keep CSRF protection, since the API is
 * also called with the session cookie; the token travels in the {@code X-CSRF-TOKEN}
 * header. Finer, per-organisation checks are made by each module on its own data.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private static final String[] PUBLIC_API = { "/api/v1/open/**", "/api/v1/skills", "/api/v1/skills/**",
			"/api/v1/occupations", "/api/v1/occupations/**" };

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiProblems problems, ObjectProvider<AuthenticationRefresh> refresh,
			RateLimits limits) throws Exception {
		addFilters(http, refresh,
				new AnonymousRateLimitFilter(limited("/api/v1/skills/**", "/api/v1/occupations/**"), limits, problems));
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(SecurityConfiguration::authorizeApi)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden))
			.headers(this::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> clients,
			ObjectProvider<AuthenticationRefresh> refresh, SiteAddress site, RateLimits limits,
			ProblemResponses problems) throws Exception {
		// A text message's personal link is read and answered without signing in: its
		// answers share the anonymous budget, like the look-ups.
		var limited = new OrRequestMatcher(limited("/search", "/taxonomy", "/taxonomy/concepts/**", "/m/**"),
				PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/m/**"));
		addFilters(http, refresh, new AnonymousRateLimitFilter(limited, limits, problems));
		http.authorizeHttpRequests(PageAccess::authorize);
		SignInSecurity.formSignIn(http);
		http.headers(this::headers);
		SignInSecurity.oidcSignIn(http, clients, site);
		return http.build();
	}

	/** Refreshes a signed-in user's roles, then limits anonymous look-ups. */
	private static void addFilters(HttpSecurity http, ObjectProvider<AuthenticationRefresh> refresh,
			AnonymousRateLimitFilter limit) {
		refresh.ifAvailable(
				current -> http.addFilterBefore(new AuthenticationRefreshFilter(current), AuthorizationFilter.class));
		http.addFilterAfter(limit, AuthorizationFilter.class);
	}

	private static void authorizeApi(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, PUBLIC_API).permitAll().anyRequest().authenticated();
	}

	/** The look-ups anonymous clients may make, which their rate limit covers. */
	private static RequestMatcher limited(String... patterns) {
		var matchers = Arrays.stream(patterns)
			.map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, pattern))
			.toList();
		return new OrRequestMatcher(matchers);
	}

	private void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer
				.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(frame -> frame.deny())
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()"));
	}

}
