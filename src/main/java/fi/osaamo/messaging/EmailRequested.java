package fi.osaamo.messaging;

import fi.osaamo.identity.PersonId;

/**
 * An e-mail to be sent to a person, published in the transaction that decided to send it.
 * The key makes sending idempotent: a second event with the same key sends nothing.
 *
 * @param key the sender's idempotency key, e.g. {@code referral-follow-up:<id>}
 * @param recipient who receives it; the address is looked up when it is sent
 * @param subject the subject, already in the recipient's language
 * @param text the plain-text body, already in the recipient's language
 */
public record EmailRequested(String key, PersonId recipient, String subject, String text) {

	public EmailRequested {
		if (key.isBlank() || key.length() > 200) {
			throw new IllegalArgumentException("An e-mail key is 1–200 characters: " + key);
		}
	}

}
