package fi.osaamo.platform;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.springframework.validation.FieldError;
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

	private final MessageSource messages;

	private final JsonMapper json;

	ApiProblems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException ex, Locale locale) {
		var message = messages.getMessage(ex.messageKey(), ex.arguments(), locale);
		var problem = ex instanceof StaleVersionException
				? problem(HttpStatus.CONFLICT, "stale-version", message, locale)
				: problem(HttpStatus.BAD_REQUEST, "invalid-input", message, locale);
		problem.setProperty("errors",
				ex.all()
					.stream()
					.map(each -> Map.of("field", each.field(), "message",
							messages.getMessage(each.messageKey(), each.arguments(), locale)))
					.toList());
		return problem;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalidBody(MethodArgumentNotValidException ex, Locale locale) {
		var errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
			.toList();
		var problem = problem(HttpStatus.BAD_REQUEST, "invalid-input",
				messages.getMessage("problem.invalidInput.detail", null, locale), locale);
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail invalidParameters(HandlerMethodValidationException ex, Locale locale) {
		var errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> Map.of("field",
						error instanceof FieldError field ? field.getField()
								: String.valueOf(result.getMethodParameter().getParameterName()),
						"message", messages.getMessage(error, locale))))
			.toList();
		var problem = problem(HttpStatus.BAD_REQUEST, "invalid-input",
				messages.getMessage("problem.invalidInput.detail", null, locale), locale);
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
			HttpMessageNotReadableException.class })
	ProblemDetail unreadable(Exception ex, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "unreadable-request",
				messages.getMessage("problem.unreadable.detail", null, locale), locale);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex, Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "not-found", messages.getMessage("problem.notFound.detail", null, locale),
				locale);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException ex, Locale locale) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", messages.getMessage("problem.forbidden.detail", null, locale),
				locale);
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail other(Exception ex, Locale locale) {
		if (ex instanceof ErrorResponse response) {
			var problem = response.getBody();
			problem.setTitle(HttpStatus.valueOf(response.getStatusCode().value()).getReasonPhrase());
			return problem;
		}
		log.error("API request failed", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				messages.getMessage("error.500.text", null, locale), locale);
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		var locale = RequestContextUtils.getLocale(request);
		write(response, problem(HttpStatus.UNAUTHORIZED, "unauthorized",
				messages.getMessage("problem.unauthorized.detail", null, locale), locale));
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(response, accessDenied(ex, RequestContextUtils.getLocale(request)));
	}

	@Override
	public void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String detailKey, Object... arguments) throws IOException {
		var locale = RequestContextUtils.getLocale(request);
		write(response, problem(status, type, messages.getMessage(detailKey, arguments, locale), locale));
	}

	private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	private ProblemDetail problem(HttpStatus status, String type, String detail, Locale locale) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("/problems/" + type));
		problem.setTitle(messages.getMessage("problem." + type + ".title", null, status.getReasonPhrase(), locale));
		return problem;
	}

}
