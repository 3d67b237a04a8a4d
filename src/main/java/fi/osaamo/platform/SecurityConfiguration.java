package fi.osaamo.platform;

import java.util.Arrays;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.expression.WebExpressionAuthorizationManager;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;

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

	private static final String[] PUBLIC_PAGES = { "/", "/login", "/privacy", "/error", "/error/**", "/css/**",
			"/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/branding/**", "/taxonomy", "/taxonomy/concepts/**",
			"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**",
			"/actuator/health", "/actuator/health/**", "/search", "/content", "/content/articles/*",
			"/content/articles/*/images/*" };

	private static final String[] PLATFORM_ADMIN_PAGES = { "/opendata", "/opendata/**", "/taxonomy/import",
			"/matching/register", "/account/sign-ins", "/organisations/new" };

	private static final String[] PUBLIC_API = { "/api/v1/open/**", "/api/v1/skills", "/api/v1/skills/**",
			"/api/v1/occupations", "/api/v1/occupations/**" };

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiProblems problems, ObjectProvider<AuthenticationRefresh> refresh,
			RateLimits limits) throws Exception {
		refresh.ifAvailable(
				current -> http.addFilterBefore(new AuthenticationRefreshFilter(current), AuthorizationFilter.class));
		http.addFilterAfter(
				new AnonymousRateLimitFilter(limited("/api/v1/skills/**", "/api/v1/occupations/**"), limits, problems),
				AuthorizationFilter.class);
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, PUBLIC_API)
				.permitAll()
				.anyRequest()
				.authenticated())
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
		refresh.ifAvailable(
				current -> http.addFilterBefore(new AuthenticationRefreshFilter(current), AuthorizationFilter.class));
		http.addFilterAfter(new AnonymousRateLimitFilter(limited("/search", "/taxonomy", "/taxonomy/concepts/**"),
				limits, problems), AuthorizationFilter.class);
		http.authorizeHttpRequests(SecurityConfiguration::authorize)
			.formLogin(login -> login.loginPage("/login").successHandler(afterSignIn()).failureUrl("/login?error"))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").deleteCookies("SESSION"))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInFirst()))
			.headers(this::headers);
		var registrations = clients.getIfAvailable();
		if (registrations != null) {
			http.oauth2Login(login -> oidcSignIn(login, registrations, site));
		}
		return http.build();
	}

	/**
	 * Who may ask for what, before a request is read: public pages for everyone, the
	 * metrics for the machine itself or administrators, and areas for one role closed to
	 * the rest. The controllers then check the organisation.
	 */
	private static void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers("/actuator/prometheus")
			.access(AuthorizationManagers.anyOf(
					new WebExpressionAuthorizationManager("hasIpAddress('127.0.0.1/8') or hasIpAddress('::1')"),
					new WebExpressionAuthorizationManager("hasRole('PLATFORM_ADMIN')")))
			.requestMatchers("/actuator/**")
			.hasRole("PLATFORM_ADMIN")
			.requestMatchers("/dashboard", "/dashboard/**")
			.hasAnyRole("GROWTH_TEAM", "PLATFORM_ADMIN")
			.requestMatchers("/opendata/profile", "/opendata/profile/**")
			.authenticated()
			.requestMatchers(PLATFORM_ADMIN_PAGES)
			.hasRole("PLATFORM_ADMIN")
			.requestMatchers(HttpMethod.POST, "/organisations")
			.hasRole("PLATFORM_ADMIN")
			.anyRequest()
			.authenticated();
	}

	private void oidcSignIn(OAuth2LoginConfigurer<HttpSecurity> login, ClientRegistrationRepository registrations,
			SiteAddress site) {
		login.loginPage("/login").successHandler(afterSignIn()).failureUrl("/login?error=oidc");
		if (site.configured()) {
			login.authorizationEndpoint(
					endpoint -> endpoint.authorizationRequestResolver(returnTo(registrations, site)));
		}
	}

	/**
	 * The address the identity provider sends the user back to is made from the public
	 * base URL, not from the request's Host header.
	 */
	private static OAuth2AuthorizationRequestResolver returnTo(ClientRegistrationRepository registrations,
			SiteAddress site) {
		var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
		resolver.setAuthorizationRequestCustomizer(builder -> {
			String registration = builder.build().getAttribute(OAuth2ParameterNames.REGISTRATION_ID);
			builder.redirectUri(site.link("/login/oauth2/code/" + registration));
		});
		return resolver;
	}

	/** The look-ups anonymous clients may make, which their rate limit covers. */
	private static RequestMatcher limited(String... patterns) {
		var matchers = Arrays.stream(patterns)
			.map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, pattern))
			.toList();
		return new OrRequestMatcher(matchers);
	}

	/** Back to the page that asked for sign-in (by its path), or the front page. */
	private static SavedRequestAwareAuthenticationSuccessHandler afterSignIn() {
		var handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setDefaultTargetUrl("/");
		handler.setRedirectStrategy(new RelativeRedirects());
		return handler;
	}

	/**
	 * Anonymous users are sent to the sign-in page by a relative address (never one made
	 * from the request's Host header); htmx requests are told to reload the page instead.
	 */
	private static AuthenticationEntryPoint signInFirst() {
		var login = new LoginUrlAuthenticationEntryPoint("/login");
		login.setFavorRelativeUris(true);
		return new DelegatingAuthenticationEntryPoint(login, new RequestMatcherEntry<>(
				new RequestHeaderRequestMatcher("HX-Request"), new HxRefreshHeaderAuthenticationEntryPoint()));
	}

	private void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer
				.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(frame -> frame.deny())
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()"));
	}

}
