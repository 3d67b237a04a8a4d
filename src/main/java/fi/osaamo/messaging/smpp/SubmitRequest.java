package fi.osaamo.messaging.smpp;

import fi.osaamo.messaging.SmsEncoding;

/**
 * One part to submit.
 *
 * @param source the sender id: letters (at most 11) or a number
 * @param destination the recipient in E.164 form
 * @param encoding how the payload is coded
 * @param concatenated whether the payload starts with a concatenation header
 * @param payload the short_message bytes
 */
public record SubmitRequest(String source, String destination, SmsEncoding encoding, boolean concatenated,
		byte[] payload) {
}
