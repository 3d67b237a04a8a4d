package fi.osaamo.platform;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects by path only. The request saved before sign-in remembers an absolute URL made
 * from the request's Host header; after sign-in only its path and query are used, so a
 * forged Host header never reaches a Location header.
 */
final class RelativeRedirects implements RedirectStrategy {

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		response.sendRedirect(relative(url));
	}

	static String relative(String url) {
		try {
			var uri = new URI(url);
			if (!uri.isAbsolute() && uri.getRawAuthority() == null) {
				return url.startsWith("/") ? url : "/" + url;
			}
			return pathAndQuery(uri);
		}
		catch (URISyntaxException ex) {
			return "/";
		}
	}

	private static String pathAndQuery(URI uri) {
		var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
	}

}
