package fi.osaamo.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses control characters (NUL and the other C0 and C1 controls, except tab, line feed
 * and carriage return) in parameters, form fields and JSON bodies before anything else
 * reads them: no text Osaamo stores or searches may contain them, and the database
 * refuses NUL. The answer is 400 with a message that says so, as a page or as a problem
 * detail for the JSON API.
 */
class ControlCharacterFilter extends OncePerRequestFilter {

	/**
	 * JSON bodies larger than this are not buffered for the check (uploads are files).
	 */
	private static final int MAX_JSON = 10 * 1024 * 1024;

	private final ProblemResponses problems;

	ControlCharacterFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var checked = ControlCharacters.parametersAreClean(request.getParameterMap()) ? checkedBody(request) : null;
		if (checked != null) {
			chain.doFilter(checked, response);
		}
		else {
			refuse(request, response);
		}
	}

	/**
	 * The request with its JSON body read into memory, or none when the body carries
	 * control characters.
	 */
	private static @Nullable HttpServletRequest checkedBody(HttpServletRequest request) throws IOException {
		if (!isJson(request) || request.getContentLengthLong() > MAX_JSON) {
			return request;
		}
		var body = request.getInputStream().readNBytes(MAX_JSON + 1);
		return ControlCharacters.jsonHasControlCharacters(new String(body, StandardCharsets.UTF_8)) ? null
				: new BufferedBody(request, body);
	}

	/**
	 * Refuses the request: a problem for the API, the error page in the user's language
	 * for pages.
	 */
	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getRequestURI().startsWith("/api/")) {
			problems.send(request, response, HttpStatus.BAD_REQUEST, "control-characters",
					"problem.controlCharacters.detail");
			return;
		}
		request.setAttribute(ErrorPages.MESSAGE_KEY, "error.controlCharacters");
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	private static boolean isJson(HttpServletRequest request) {
		var type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).contains("json");
	}

}
