package fi.osaamo.messaging.sms;

/**
 * The page of a link that opens nothing: one that never existed (or was mistyped) or one
 * that has expired. It says nothing about other links.
 *
 * @param expired whether the link existed and has expired
 */
public record MessageLinkGone(boolean expired) {

	/** The message key prefix of the page's title and text. */
	public String key() {
		return this.expired ? "sms.link.expired" : "sms.link.unknown";
	}

}
