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

	private final ShellFactory shells;

	ErrorPages(ShellFactory shells) {
		this.shells = shells;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		return new ModelAndView("error/error",
				Map.of("shell", shells.shellFor(request), "page", ErrorPage.of(status.value())), status);
	}

}
