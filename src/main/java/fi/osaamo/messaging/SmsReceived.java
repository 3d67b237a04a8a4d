package fi.osaamo.messaging;

import java.time.Instant;
import java.util.UUID;

import fi.osaamo.identity.PersonId;

/**
 * A reply to a text message, by SMS or through the message's personal link, matched to
 * the latest message sent to that number. Published after it is stored; a reply from a
 * number no message went to is stored and shown to administrators instead. STOP and START
 * are handled here and not published.
 *
 * @param reply the stored reply's id
 * @param organisation the organisation that sent the message replied to
 * @param conversation the conversation of the message replied to
 * @param sender the person the message was sent to (the number stays in the vault)
 * @param text the reply
 * @param receivedAt when it came
 * @param channel by SMS or through the link
 */
public record SmsReceived(long reply, UUID organisation, String conversation, PersonId sender, String text,
		Instant receivedAt, Channel channel) {

	/** How a reply came. */
	public enum Channel {

		/** A text message from the phone. */
		SMS,

		/** An answer on the personal link's page. */
		WEB

	}

}
