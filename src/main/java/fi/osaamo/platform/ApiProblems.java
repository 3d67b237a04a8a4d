package fi.osaamo.platform;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API's errors as RFC 9457 problem details, in the caller's language.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems implements ProblemResponses {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final LocalizedProblems problems;

	private final JsonMapper json;

	ApiProblems(MessageSource messages, JsonMapper json) {
		this.problems = new LocalizedProblems(messages);
		this.json = json;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException ex, Locale locale) {
		var message = problems.message(ex.messageKey(), ex.arguments(), locale);
		var problem = ex instanceof StaleVersionException
				? problems.problem(HttpStatus.CONFLICT, "stale-version", message, locale)
				: problems.problem(HttpStatus.BAD_REQUEST, "invalid-input", message, locale);
		problem.setProperty("errors", problems.errors(ex, locale));
		return problem;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalidBody(MethodArgumentNotValidException ex, Locale locale) {
		return problems.invalidInput(problems.errors(ex, locale), locale);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail invalidParameters(HandlerMethodValidationException ex, Locale locale) {
		return problems.invalidInput(problems.errors(ex, locale), locale);
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
			HttpMessageNotReadableException.class })
	ProblemDetail unreadable(Exception ex, Locale locale) {
		return problems.problemOf(HttpStatus.BAD_REQUEST, "unreadable-request", "problem.unreadable.detail", locale);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex, Locale locale) {
		return problems.problemOf(HttpStatus.NOT_FOUND, "not-found", "problem.notFound.detail", locale);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException ex, Locale locale) {
		return problems.problemOf(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail", locale);
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail other(Exception ex, Locale locale) {
		if (ex instanceof ErrorResponse response) {
			var problem = response.getBody();
			problem.setTitle(HttpStatus.valueOf(response.getStatusCode().value()).getReasonPhrase());
			return problem;
		}
		log.error("API request failed", ex);
		return problems.problemOf(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "error.500.text", locale);
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		var locale = RequestContextUtils.getLocale(request);
		write(response,
				problems.problemOf(HttpStatus.UNAUTHORIZED, "unauthorized", "problem.unauthorized.detail", locale));
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(response, accessDenied(ex, RequestContextUtils.getLocale(request)));
	}

	@Override
	public void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String detailKey, Object... arguments) throws IOException {
		var locale = RequestContextUtils.getLocale(request);
		write(response, problems.problem(status, type, problems.message(detailKey, arguments, locale), locale));
	}

	private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
