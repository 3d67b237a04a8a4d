package fi.osaamo.messaging.smpp;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the bind receives from the SMSC, decoded: delivery receipts and messages from
 * phones. An exception makes the SMSC deliver the PDU again later.
 */
public interface SmppInbound {

	/**
	 * A delivery receipt.
	 * @param receipt the receipt
	 */
	void receipt(Receipt receipt);

	/**
	 * A message from a phone.
	 * @param message the message
	 */
	void message(Message message);

	/**
	 * A delivery receipt.
	 *
	 * @param smscId the id the SMSC gave the part, if it could be read
	 * @param from the phone's number as the SMSC gave it, E.164 when it could be read
	 * @param stat the final state (DELIVRD, EXPIRED, UNDELIV, REJECTD…), if readable
	 * @param error the network error code, if any
	 * @param textStart the first characters of the part, as the receipt quotes them
	 * @param raw the receipt's text as it came
	 * @param wellFormed whether it could be read at all
	 */
	record Receipt(@Nullable String smscId, @Nullable String from, @Nullable String stat, @Nullable String error,
			@Nullable String textStart, String raw, boolean wellFormed) {
	}

	/**
	 * A message from a phone.
	 *
	 * @param from the sender's number in E.164 form, or as it came if it could not be
	 * read
	 * @param readable whether {@code from} is a valid number
	 * @param text the text
	 * @param receivedAt when it came
	 */
	record Message(String from, boolean readable, String text, Instant receivedAt) {
	}

}
