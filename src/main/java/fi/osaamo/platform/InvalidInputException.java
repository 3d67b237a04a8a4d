package fi.osaamo.platform;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input that breaks a rule of the domain. It names the field and a message key, so the
 * user reads the reason in their own language; the API answers it as an RFC 9457 problem
 * with status 400.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public InvalidInputException(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	/**
	 * Every problem found in the input, this one first; a form shows them all at once.
	 * @return the problems
	 */
	public List<InvalidInputException> all() {
		return List.of(this);
	}

	/**
	 * The problem with one field, if there is one.
	 * @param name the field
	 * @return its first problem
	 */
	public Optional<InvalidInputException> on(String name) {
		return all().stream().filter(problem -> problem.field().equals(name)).findFirst();
	}

}
