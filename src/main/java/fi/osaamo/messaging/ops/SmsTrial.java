package fi.osaamo.messaging.ops;

import fi.osaamo.messaging.SmsChecks;
import fi.osaamo.messaging.SmsText;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The message an administrator is trying out, as typed, with how it will travel.
 *
 * @param text the text as typed
 * @param error what is wrong with it or with the administrator's number, if anything
 */
public record SmsTrial(String text, @Nullable InvalidInputException error) {

	/** Longer than any message of ten parts: the rest need not be measured. */
	static final int MEASURED = 2000;

	static SmsTrial empty() {
		return new SmsTrial("", null);
	}

	/** The text as it will travel, with room for the personal link that is added. */
	public SmsText preview() {
		return preview(this.text);
	}

	static SmsText preview(String text) {
		var measured = text.length() > MEASURED ? text.substring(0, MEASURED) : text;
		return SmsText.of(measured.strip() + " ".repeat(SmsChecks.LINK_ROOM));
	}

	public boolean errorOn(String field) {
		return this.error != null && this.error.on(field).isPresent();
	}

}
