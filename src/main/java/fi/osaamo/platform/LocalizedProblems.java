package fi.osaamo.platform;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.validation.method.ParameterValidationResult;

/**
 * Puts the JSON API's problem details and their field errors into the caller's language.
 */
final class LocalizedProblems {

	private final MessageSource messages;

	LocalizedProblems(MessageSource messages) {
		this.messages = messages;
	}

	String message(String key, Object @Nullable [] arguments, Locale locale) {
		return messages.getMessage(key, arguments, locale);
	}

	ProblemDetail problem(HttpStatus status, String type, String detail, Locale locale) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("/problems/" + type));
		problem.setTitle(messages.getMessage("problem." + type + ".title", null, status.getReasonPhrase(), locale));
		return problem;
	}

	/** A problem whose detail is the message of a key without arguments. */
	ProblemDetail problemOf(HttpStatus status, String type, String detailKey, Locale locale) {
		return problem(status, type, messages.getMessage(detailKey, null, locale), locale);
	}

	/** The problem of a request whose fields were not valid, with each field's error. */
	ProblemDetail invalidInput(List<Map<String, String>> errors, Locale locale) {
		var problem = problemOf(HttpStatus.BAD_REQUEST, "invalid-input", "problem.invalidInput.detail", locale);
		problem.setProperty("errors", errors);
		return problem;
	}

	List<Map<String, String>> errors(InvalidInputException ex, Locale locale) {
		return ex.all()
			.stream()
			.map(each -> Map.of("field", each.field(), "message",
					messages.getMessage(each.messageKey(), each.arguments(), locale)))
			.toList();
	}

	List<Map<String, String>> errors(MethodArgumentNotValidException ex, Locale locale) {
		return ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
			.toList();
	}

	List<Map<String, String>> errors(HandlerMethodValidationException ex, Locale locale) {
		return ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> Map.of("field", field(result, error), "message", messages.getMessage(error, locale))))
			.toList();
	}

	private static String field(ParameterValidationResult result, MessageSourceResolvable error) {
		return error instanceof FieldError field ? field.getField()
				: String.valueOf(result.getMethodParameter().getParameterName());
	}

}
