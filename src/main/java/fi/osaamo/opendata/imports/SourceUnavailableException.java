package fi.osaamo.opendata.imports;

/**
 * A source could not be read, even after retries: the run stops, keeping every batch it
 * already committed, and can simply be run again.
 */
public class SourceUnavailableException extends RuntimeException {

	private final String messageKey;

	public SourceUnavailableException(String messageKey, String detail, Throwable cause) {
		super(detail, cause);
		this.messageKey = messageKey;
	}

	public SourceUnavailableException(String messageKey, String detail) {
		super(detail);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
