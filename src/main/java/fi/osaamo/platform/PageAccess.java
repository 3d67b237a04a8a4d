package fi.osaamo.platform;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.expression.WebExpressionAuthorizationManager;

/**
 * Who may ask for which pages, before a request is read: public pages for everyone (a
 * text message's personal link {@code /m/…} among them: its token is its key), the
 * metrics for the machine itself or administrators, and areas for one role closed to the
 * rest. The controllers then check the organisation.
 */
final class PageAccess {

	private static final String[] PUBLIC_PAGES = { "/", "/login", "/privacy", "/error", "/error/**", "/css/**",
			"/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/branding/**", "/taxonomy", "/taxonomy/concepts/**",
			"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**",
			"/actuator/health", "/actuator/health/**", "/search", "/content", "/content/articles/*",
			"/content/articles/*/images/*", "/m/**" };

	private static final String[] PLATFORM_ADMIN_PAGES = { "/opendata", "/opendata/**", "/taxonomy/import",
			"/matching/register", "/account/sign-ins", "/organisations/new", "/admin/sms", "/admin/sms/**" };

	private PageAccess() {
	}

	static void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		openAndMetrics(requests);
		roleAreas(requests);
		requests.anyRequest().authenticated();
	}

	private static void openAndMetrics(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers("/actuator/prometheus")
			.access(AuthorizationManagers.anyOf(
					new WebExpressionAuthorizationManager("hasIpAddress('127.0.0.1/8') or hasIpAddress('::1')"),
					new WebExpressionAuthorizationManager("hasRole('PLATFORM_ADMIN')")))
			.requestMatchers("/actuator/**")
			.hasRole("PLATFORM_ADMIN");
	}

	private static void roleAreas(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/dashboard", "/dashboard/**")
			.hasAnyRole("GROWTH_TEAM", "PLATFORM_ADMIN")
			.requestMatchers("/opendata/profile", "/opendata/profile/**")
			.authenticated()
			.requestMatchers(PLATFORM_ADMIN_PAGES)
			.hasRole("PLATFORM_ADMIN")
			.requestMatchers(HttpMethod.POST, "/organisations")
			.hasRole("PLATFORM_ADMIN");
	}

}
