package fi.osaamo.opendata.imports;

import java.util.List;

/**
 * A source could not be read: it did not answer even after retries, or what it gave (an
 * answer, an uploaded file) cannot be read as the source's format at all. The run stops
 * as failed, keeping every batch it already committed, and can simply be run again. Why
 * is a message key with its arguments, so the run log reads in each reader's language;
 * the detail is for the server's log only.
 */
public class SourceUnavailableException extends RuntimeException {

	private final String messageKey;

	private final List<String> arguments;

	public SourceUnavailableException(String messageKey, String detail, Throwable cause) {
		this(messageKey, List.of(), detail, cause);
	}

	public SourceUnavailableException(String messageKey, String detail) {
		this(messageKey, List.of(), detail, null);
	}

	public SourceUnavailableException(String messageKey, List<String> arguments, String detail,
			@org.jspecify.annotations.Nullable Throwable cause) {
		super(detail, cause);
		this.messageKey = messageKey;
		this.arguments = List.copyOf(arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public List<String> arguments() {
		return arguments;
	}

}
