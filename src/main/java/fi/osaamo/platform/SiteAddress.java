package fi.osaamo.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Where Osaamo is reached from outside: the configured public base URL
 * ({@code app.platform.public-url}, e.g. {@code https://osaamo.example.fi}). Every
 * absolute URL Osaamo writes (links in e-mails, the API description's server) starts with
 * it, never with the request's Host header, which a client chooses. Without the setting
 * it is {@code http://localhost:<port>}; the {@code production} profile refuses to start
 * without it.
 */
@Component
public class SiteAddress {

	static final String PROPERTY = "app.platform.public-url";

	private final String base;

	private final boolean configured;

	SiteAddress(Environment environment) {
		var configured = environment.getProperty(PROPERTY, "").strip();
		this.configured = !configured.isEmpty();
		if (configured.isEmpty()) {
			if (environment.acceptsProfiles(Profiles.of("production"))) {
				throw new IllegalStateException("The production profile needs the public address of Osaamo: set "
						+ PROPERTY + " (OSAAMO_PUBLIC_URL), e.g. https://osaamo.example.fi");
			}
			configured = "http://localhost:" + environment.getProperty("server.port", "8080");
		}
		this.base = check(configured, environment.acceptsProfiles(Profiles.of("production")));
	}

	private static String check(String value, boolean production) {
		try {
			if (!acceptable(new URI(value), production)) {
				throw new IllegalStateException(PROPERTY + " must be an absolute " + (production ? "https" : "http(s)")
						+ " address without a query: " + value);
			}
			return value.replaceAll("/+$", "");
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(PROPERTY + " is not an address: " + value, ex);
		}
	}

	/** Whether an address is absolute, over HTTPS in production, and has no query. */
	private static boolean acceptable(URI uri, boolean production) {
		var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		return (scheme.equals("https") || (scheme.equals("http") && !production)) && uri.getHost() != null
				&& uri.getRawQuery() == null && uri.getRawFragment() == null;
	}

	/**
	 * Whether the public base URL was configured (always so in production).
	 * @return whether it was
	 */
	public boolean configured() {
		return configured;
	}

	/**
	 * The public base URL, without a trailing slash.
	 * @return the base URL
	 */
	public String base() {
		return base;
	}

	/**
	 * An absolute link to a path of Osaamo.
	 * @param path the path, starting with {@code /}
	 * @return the link
	 */
	public String link(String path) {
		return base + (path.startsWith("/") ? path : "/" + path);
	}

}
