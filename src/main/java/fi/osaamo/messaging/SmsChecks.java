package fi.osaamo.messaging;

import fi.osaamo.platform.InvalidInputException;

/**
 * The checks of a message's text, for forms (a problem beside the field) and for
 * {@link SmsRequested} (refused before anything is queued).
 */
public final class SmsChecks {

	/**
	 * Room kept for the personal link: a space, the site's address and /m/ and a token.
	 */
	public static final int LINK_ROOM = 60;

	private SmsChecks() {
	}

	/**
	 * Checks a text typed in a form.
	 * @param field the form field
	 * @param text the text
	 * @param withLink whether a personal link will be added
	 * @throws InvalidInputException when it is empty or needs more than ten parts
	 */
	public static void check(String field, String text, boolean withLink) {
		if (text.isBlank()) {
			throw new InvalidInputException(field, "sms.text.empty");
		}
		if (SmsText.of(text + (withLink ? " ".repeat(LINK_ROOM) : "")).tooLong()) {
			throw new InvalidInputException(field, "sms.text.tooLong", SmsText.MAX_PARTS);
		}
	}

	static void requireSendable(String text, boolean withLink) {
		if (text.isBlank()) {
			throw new IllegalArgumentException("A text message needs a text");
		}
		if (SmsText.of(text + (withLink ? " ".repeat(LINK_ROOM) : "")).tooLong()) {
			throw new IllegalArgumentException("A text message has at most " + SmsText.MAX_PARTS + " parts");
		}
	}

}
