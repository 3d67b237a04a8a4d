package fi.osaamo.platform;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages (403, 404, 500 and the rest) in the user's language, inside the layout.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	/**
	 * A filter that answers with an error before a controller is reached names the
	 * message key prefix of the page's title and text in this request attribute.
	 */
	static final String MESSAGE_KEY = ErrorPages.class.getName() + ".key";

	private final ShellFactory shells;

	ErrorPages(ShellFactory shells) {
		this.shells = shells;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		var page = ErrorPage.of(status.value());
		if (request.getAttribute(ErrorPages.MESSAGE_KEY) instanceof String key) {
			page = new ErrorPage(status.value(), key);
		}
		return new ModelAndView("error/error", Map.of("shell", shells.shellFor(request), "page", page), status);
	}

}
