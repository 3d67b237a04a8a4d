package fi.osaamo.messaging.sms;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message opened through its personal link.
 *
 * @param token the link's token
 * @param sms the message's row
 * @param organisation who sent it
 * @param conversation its conversation
 * @param recipient the person it went to
 * @param language its language
 * @param text the text as sent, the link at its end
 * @param sentAt when it went to the SMSC, or was queued if it has not gone yet
 * @param expiresAt when the link stops working
 * @param numberKey the key of the number it went to, once it was sent
 */
record LinkedMessage(String token, long sms, UUID organisation, String conversation, UUID recipient, String language,
		String text, Instant sentAt, Instant expiresAt, @Nullable String numberKey) {

	boolean expired(Instant now) {
		return !this.expiresAt.isAfter(now);
	}

	/** The message as a reply's target. */
	Conversations.Latest answered() {
		return new Conversations.Latest(this.sms, this.organisation, this.conversation, this.recipient, this.language);
	}

	/** The text without the link the outbox put at its end. */
	String shownText() {
		var space = this.text.lastIndexOf(' ');
		return this.text.endsWith("/m/" + this.token) && space > 0 ? this.text.substring(0, space).strip() : this.text;
	}

}
