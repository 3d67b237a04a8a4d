package fi.osaamo.messaging;

import java.util.UUID;

import fi.osaamo.identity.PersonId;

/**
 * A text message to be sent to a person, published in the transaction that decided to
 * send it: the message is queued in that same transaction, so it is sent if and only if
 * the transaction commits. The key makes sending idempotent: however often the event is
 * delivered, and whatever crashes on the way, the message is submitted to the SMSC once.
 * The number is looked up in the identity vault when the message is sent.
 *
 * @param key the sender's idempotency key, e.g. {@code coach-check-in:<id>}
 * @param organisation the organisation sending it: its sender id and quiet hours apply
 * @param recipient who receives it
 * @param conversation what replies to it belong to, e.g. {@code apprenticeship:<id>};
 * {@link SmsReceived} carries it back
 * @param text the text, already in the recipient's language
 * @param language the text's language ({@code fi}, {@code sv} or {@code en}): the
 * language of the opt-out confirmation and of the personal link's page
 * @param essential whether it is sent even to a number that said STOP (only what the
 * person must know, never a reminder or news)
 * @param withLink whether a personal link ({@code /m/{token}}) is added, where the
 * message can be read and answered in a browser
 */
public record SmsRequested(String key, UUID organisation, PersonId recipient, String conversation, String text,
		String language, boolean essential, boolean withLink) {

	public SmsRequested {
		if (key.isBlank() || key.length() > 200) {
			throw new IllegalArgumentException("A message key is 1–200 characters: " + key);
		}
		if (conversation.isBlank() || conversation.length() > 200) {
			throw new IllegalArgumentException("A conversation is 1–200 characters: " + conversation);
		}
		if (!language.matches("fi|sv|en")) {
			throw new IllegalArgumentException("A message is in fi, sv or en: " + language);
		}
		SmsChecks.requireSendable(text, withLink);
	}

}
