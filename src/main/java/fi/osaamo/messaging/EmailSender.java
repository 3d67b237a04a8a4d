package fi.osaamo.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.IdentityManagement;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one requested e-mail through SMTP to the recipient's address, with a Message-ID
 * made from its key, and tells how it went: sent, no server configured, or no address.
 */
@Component
class EmailSender {

	// Logged under the delivery, as before the sending had a class of its own.
	private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);

	private final IdentityManagement identities;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessagingProperties properties;

	EmailSender(IdentityManagement identities, ObjectProvider<JavaMailSender> mail, MessagingProperties properties) {
		this.identities = identities;
		this.mail = mail;
		this.properties = properties;
	}

	/**
	 * Sends an e-mail.
	 * @param email the e-mail
	 * @return the status to record: SENT, NOT_CONFIGURED or NO_ADDRESS
	 */
	String deliver(EmailRequested email) {
		var sender = mail.getIfAvailable();
		if (sender == null) {
			log.warn("E-mail {} not sent: no SMTP server is configured (spring.mail.host)", email.key());
			return "NOT_CONFIGURED";
		}
		return deliver(sender, email);
	}

	private String deliver(JavaMailSender sender, EmailRequested email) {
		var address = address(email);
		if (address.isEmpty()) {
			log.info("E-mail {} not sent: the recipient has no e-mail address", email.key());
			return "NO_ADDRESS";
		}
		sender.send(message(sender, email, address.get()));
		return "SENT";
	}

	private Optional<String> address(EmailRequested email) {
		return identities.personalData(email.recipient(), email.recipient(), "E-mail delivery")
			.map(data -> data.email())
			.filter(value -> value != null && !value.isBlank());
	}

	private MimeMessage message(JavaMailSender sender, EmailRequested email, String address) {
		var message = new IdempotentMessage(sender.createMimeMessage(), messageId(email.key()));
		try {
			fill(message, email, address);
			return message;
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
	}

	private void fill(MimeMessage message, EmailRequested email, String address) throws MessagingException {
		var helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
		helper.setFrom(properties.from());
		helper.setTo(address);
		helper.setSubject(email.subject());
		helper.setText(email.text());
	}

	static String messageId(String key) {
		return "<" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "@osaamo>";
	}

	/** A message whose Message-ID is ours, not one JavaMail makes up on saving. */
	private static final class IdempotentMessage extends MimeMessage {

		private final String id;

		IdempotentMessage(MimeMessage original, String id) {
			super(original.getSession());
			this.id = id;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.id);
		}

	}

}
