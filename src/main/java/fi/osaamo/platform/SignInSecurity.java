package fi.osaamo.platform;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;

/**
 * How people sign in to the pages and out again: the sign-in form, e-identification, and
 * where they are sent before and after.
 */
final class SignInSecurity {

	private SignInSecurity() {
	}

	/** The sign-in form, signing out, the session and the way to the sign-in page. */
	static void formSignIn(HttpSecurity http) throws Exception {
		http.formLogin(login -> login.loginPage("/login").successHandler(afterSignIn()).failureUrl("/login?error"))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").deleteCookies("SESSION"))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInFirst()));
	}

	/** Sign-in by e-identification, when an identity provider is configured. */
	static void oidcSignIn(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> clients, SiteAddress site)
			throws Exception {
		var registrations = clients.getIfAvailable();
		if (registrations != null) {
			http.oauth2Login(login -> oidcSignIn(login, registrations, site));
		}
	}

	private static void oidcSignIn(OAuth2LoginConfigurer<HttpSecurity> login,
			ClientRegistrationRepository registrations, SiteAddress site) {
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

}
