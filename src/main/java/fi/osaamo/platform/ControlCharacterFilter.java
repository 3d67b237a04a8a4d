package fi.osaamo.platform;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
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
		var checked = request;
		var clean = parametersAreClean(request.getParameterMap());
		if (clean && isJson(request) && request.getContentLengthLong() <= MAX_JSON) {
			var body = request.getInputStream().readNBytes(MAX_JSON + 1);
			clean = !jsonHasControlCharacters(new String(body, StandardCharsets.UTF_8));
			checked = new BufferedBody(request, body);
		}
		if (clean) {
			chain.doFilter(checked, response);
		}
		else {
			refuse(request, response);
		}
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

	static boolean parametersAreClean(Map<String, String[]> parameters) {
		for (var entry : parameters.entrySet()) {
			if (hasControlCharacters(entry.getKey())) {
				return false;
			}
			for (var value : entry.getValue()) {
				if (value != null && hasControlCharacters(value)) {
					return false;
				}
			}
		}
		return true;
	}

	static boolean hasControlCharacters(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (isForbidden(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether JSON text carries a control character, raw or as a {@code \\u} escape with
	 * four hex digits. Escapes are read as JSON reads them, so an escaped backslash
	 * followed by {@code u0000} is the harmless text it stands for.
	 */
	static boolean jsonHasControlCharacters(String json) {
		for (int i = 0; i < json.length(); i++) {
			var c = json.charAt(i);
			if (c == '\\' && i + 1 < json.length()) {
				if (json.charAt(i + 1) == 'u' && i + 5 < json.length()) {
					if (forbiddenEscape(json.substring(i + 2, i + 6))) {
						return true;
					}
					i += 5;
				}
				else {
					i++;
				}
			}
			else if (isForbidden(c)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the four hexadecimal digits of a JSON unicode escape stand for a forbidden
	 * character.
	 */
	private static boolean forbiddenEscape(String hex) {
		try {
			return isForbidden((char) Integer.parseInt(hex, 16));
		}
		catch (NumberFormatException ex) {
			// Not an escape JSON accepts; the JSON reader will refuse it.
			return false;
		}
	}

	private static boolean isForbidden(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
	}

	private static boolean isJson(HttpServletRequest request) {
		var type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).contains("json");
	}

	/** The request with its body read once into memory. */
	private static final class BufferedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			return new BodyStream(new ByteArrayInputStream(body));
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(),
					getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding())));
		}

	}

	/**
	 * The body read again from memory: all of it is there, so it is always ready and a
	 * read listener hears at once that everything is read.
	 */
	private static final class BodyStream extends ServletInputStream {

		private final ByteArrayInputStream in;

		BodyStream(ByteArrayInputStream in) {
			this.in = in;
		}

		@Override
		public int read() {
			return in.read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			return in.read(buffer, offset, length);
		}

		@Override
		public boolean isFinished() {
			return in.available() == 0;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			// The whole body is already here: it is ready and read at once.
			try {
				listener.onDataAvailable();
				listener.onAllDataRead();
			}
			catch (IOException ex) {
				listener.onError(ex);
			}
		}

	}

}
