package testsupport.oidc;

import java.util.Map;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * A real OpenID Connect provider (Spring Authorization Server) started inside the test
 * JVM, standing in for an e-identification broker. It knows one person, who signs in on
 * its own login page, and puts the person's names and national identity number in the ID
 * token as a Suomi.fi broker would.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
		WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
		ErrorMvcAutoConfiguration.class, SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
		OAuth2AuthorizationServerAutoConfiguration.class, OAuth2AuthorizationServerJwtAutoConfiguration.class })
public class OidcProvider {

	public static final String USERNAME = "olli";

	public static final String PASSWORD = "olli-password";

	public static final String GIVEN_NAME = "Olli";

	public static final String FAMILY_NAME = "Oidc";

	public static final String NATIONAL_ID = "131052-308T";

	public static final String CLIENT_ID = "osaamo";

	public static final String CLIENT_SECRET = "osaamo-test-secret";

	private static ConfigurableApplicationContext running;

	/**
	 * Starts the provider once per JVM.
	 * @return its issuer URI
	 */
	public static synchronized String issuer() {
		if (running == null) {
			var client = "spring.security.oauth2.authorizationserver.client.osaamo.";
			running = new SpringApplicationBuilder(OidcProvider.class)
				.properties(Map.of("spring.config.name", "oidc-provider", "server.port", "0", "spring.main.banner-mode",
						"off", "spring.security.user.name", USERNAME, "spring.security.user.password", PASSWORD,
						client + "registration.client-id", CLIENT_ID, client + "registration.client-secret",
						"{noop}" + CLIENT_SECRET, client + "registration.client-authentication-methods",
						"client_secret_basic", client + "registration.authorization-grant-types", "authorization_code",
						client + "registration.redirect-uris", "http://127.0.0.1/login/oauth2/code/oidc"))
				.properties(Map.of(client + "registration.scopes", "openid,profile,email",
						client + "require-authorization-consent", "false"))
				.run();
		}
		return "http://localhost:" + running.getEnvironment().getProperty("local.server.port");
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> eIdentificationClaims() {
		return context -> {
			if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				context.getClaims()
					.claim("given_name", GIVEN_NAME)
					.claim("family_name", FAMILY_NAME)
					.claim("personal_identity_code", NATIONAL_ID);
			}
		};
	}

}
