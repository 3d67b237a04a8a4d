package fi.osaamo.messaging.ops;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The error codes this channel gives a message, put into words for administrators; the
 * SMSC's common answers too (an invalid number or sender id, a full queue), while its
 * rare codes ({@code SMPP_0x..}) are shown as they are. The code is shown beside the
 * words.
 */
final class SmsErrorWords {

	private static final Set<String> OURS = Set.of("NO_NUMBER", "INVALID_NUMBER", "NOT_MOBILE", "OPTED_OUT", "TOO_LONG",
			"NOT_SENT_IN_TIME", "NOT_CONFIRMED", "THROTTLED", "NOT_BOUND", "QUIET_HOURS", "RESENT_AFTER_DOUBT");

	/** The SMSC's answers an administrator can act on or should know. */
	private static final Set<String> SMSC = Set.of("SMPP_0x0A", "SMPP_0x0B", "SMPP_0x08", "SMPP_0x14", "SMPP_0x45");

	private static final Set<String> RECEIPT_STATES = Set.of("UNDELIV", "REJECTD", "DELETED", "UNKNOWN", "EXPIRED");

	private SmsErrorWords() {
	}

	/**
	 * The message key of an error code.
	 * @param code the code, e.g. {@code NOT_MOBILE} or {@code RECEIPT_UNDELIV}
	 * @return {@code sms.error.<code>}, {@code sms.error.RECEIPT} for a receipt state of
	 * no known meaning, or {@code null} when the code is best shown as it is
	 */
	static @Nullable String key(@Nullable String code) {
		if (code == null) {
			return null;
		}
		if (OURS.contains(code) || SMSC.contains(code)) {
			return "sms.error." + code;
		}
		if (code.startsWith("RECEIPT_")) {
			return RECEIPT_STATES.contains(code.substring(8)) ? "sms.error." + code : "sms.error.RECEIPT";
		}
		return null;
	}

}
