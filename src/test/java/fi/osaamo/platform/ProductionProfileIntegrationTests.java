package fi.osaamo.platform;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Osaamo behind a TLS proxy with the production profile (findings 8 and 9 of the security
 * review): the proxy's forwarded headers are believed, so HSTS is sent and the session
 * cookie is Secure for requests that came in over https, the client's own address is what
 * the loopback rule sees, and no absolute URL is made from the Host header. Requests go
 * over a real socket, since forwarded headers are Tomcat's work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"app.platform.public-url=https://osaamo.example.fi",
		"spring.security.oauth2.client.registration.oidc.client-id=osaamo",
		"spring.security.oauth2.client.registration.oidc.client-secret=test-only",
		"spring.security.oauth2.client.registration.oidc.authorization-grant-type=authorization_code",
		"spring.security.oauth2.client.registration.oidc.scope=openid,profile",
		"spring.security.oauth2.client.registration.oidc.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
		"spring.security.oauth2.client.provider.oidc.authorization-uri=https://idp.example/authorize",
		"spring.security.oauth2.client.provider.oidc.token-uri=https://idp.example/token",
		"spring.security.oauth2.client.provider.oidc.jwk-set-uri=https://idp.example/jwks" })
@ActiveProfiles({ "test", "production" })
class ProductionProfileIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void behindTheProxyHttpsRequestsGetHstsAndASecureSessionCookie() throws IOException {
		var response = request("GET /login", Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.5"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Strict-Transport-Security")).contains("max-age=");
		assertThat(response.header("Set-Cookie")).contains("SESSION=").contains("Secure").contains("HttpOnly");
	}

	@Test
	void theForwardedClientAddressIsWhatTheLoopbackRuleSees() throws IOException {
		assertThat(request("GET /actuator/prometheus", Map.of()).status()).isEqualTo(200);
		var forwarded = request("GET /actuator/prometheus", Map.of("X-Forwarded-For", "203.0.113.9"));
		assertThat(forwarded.status()).isEqualTo(302);
		assertThat(forwarded.header("Location")).isEqualTo("/login");
	}

	@Test
	void aForgedHostHeaderReachesNoAbsoluteUrl() throws IOException {
		var redirect = request("GET /dashboard", Map.of("Host", "evil.example"));
		assertThat(redirect.status()).isEqualTo(302);
		assertThat(redirect.header("Location")).isEqualTo("/login");
		var api = request("GET /v3/api-docs", Map.of("Host", "evil.example"));
		assertThat(api.body()).contains("\"url\":\"https://osaamo.example.fi\"").doesNotContain("evil.example");
	}

	@Test
	void eIdentificationReturnsToThePublicAddressWhateverTheHostHeader() throws IOException {
		var start = request("GET /oauth2/authorization/oidc", Map.of("Host", "evil.example"));
		assertThat(start.status()).isEqualTo(302);
		assertThat(start.header("Location")).startsWith("https://idp.example/authorize?")
			.contains("redirect_uri=https://osaamo.example.fi/login/oauth2/code/oidc")
			.doesNotContain("evil.example");
	}

	@Test
	void errorPagesOfTheFiltersSayWhyInTheReadersLanguage() throws IOException {
		var control = request("GET /search?q=a%00b", Map.of("Accept-Language", "en", "Accept", "text/html"));
		assertThat(control.status()).isEqualTo(400);
		assertThat(control.body()).contains("The request contained characters that are not allowed");
		assertThat(request("GET /search?q=a%00b", Map.of("Accept-Language", "sv", "Accept", "text/html")).body())
			.contains("styrtecken");
		Response limited;
		var requests = 0;
		do {
			limited = request("GET /search?q=hitsaus",
					Map.of("Accept-Language", "fi", "Accept", "text/html", "X-Forwarded-For", "203.0.113.77"));
			requests++;
		}
		while (limited.status() == 200 && requests < 200);
		assertThat(requests).isEqualTo(121);
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.header("Retry-After")).isNotEmpty();
		assertThat(limited.body()).contains("Liian monta pyyntöä");
	}

	@Test
	void theProductionProfileRefusesToStartWithoutAPublicAddress() {
		new ApplicationContextRunner().withUserConfiguration(SiteAddress.class)
			.withPropertyValues("spring.profiles.active=production")
			.run(context -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("app.platform.public-url");
			});
		new ApplicationContextRunner().withUserConfiguration(SiteAddress.class)
			.withPropertyValues("spring.profiles.active=production", "app.platform.public-url=http://osaamo.example.fi")
			.run(context -> assertThat(context).hasFailed());
		new ApplicationContextRunner().withUserConfiguration(SiteAddress.class)
			.withPropertyValues("spring.profiles.active=production",
					"app.platform.public-url=https://osaamo.example.fi/")
			.run(context -> assertThat(context.getBean(SiteAddress.class).link("/a"))
				.isEqualTo("https://osaamo.example.fi/a"));
	}

	private Response request(String line, Map<String, String> headers) throws IOException {
		try (var socket = new Socket("127.0.0.1", port)) {
			// HTTP/1.0: the body comes whole, not in chunks.
			var request = new StringBuilder(line + " HTTP/1.0\r\n");
			if (!headers.containsKey("Host")) {
				request.append("Host: 127.0.0.1:").append(port).append("\r\n");
			}
			headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
			request.append("Connection: close\r\n\r\n");
			socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
			return Response.read(socket.getInputStream());
		}
	}

	record Response(int status, String head, String body) {

		static Response read(InputStream in) throws IOException {
			var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			var end = text.indexOf("\r\n\r\n");
			var head = end < 0 ? text : text.substring(0, end);
			return new Response(Integer.parseInt(head.split(" ")[1]), head, end < 0 ? "" : text.substring(end + 4));
		}

		String header(String name) {
			var matcher = Pattern.compile("(?im)^" + Pattern.quote(name) + ": (.*)$").matcher(head);
			return matcher.find() ? matcher.group(1).strip() : "";
		}

	}

}
