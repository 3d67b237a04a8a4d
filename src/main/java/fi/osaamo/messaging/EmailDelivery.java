package fi.osaamo.messaging;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import fi.osaamo.identity.IdentityManagement;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends requested e-mails through SMTP ({@code spring.mail.*}). A failed send fails the
 * listener, so the Event Publication Registry keeps the event and {@link RetryFailed}
 * delivers it again; a key already sent is never sent again, and a resend after a crash
 * between sending and logging carries the same Message-ID, which receiving servers
 * recognise as the same message.
 */
@Component
class EmailDelivery {

	private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);

	private final JdbcClient jdbc;

	private final IdentityManagement identities;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessagingProperties properties;

	EmailDelivery(JdbcClient jdbc, IdentityManagement identities, ObjectProvider<JavaMailSender> mail,
			MessagingProperties properties) {
		this.jdbc = jdbc;
		this.identities = identities;
		this.mail = mail;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void on(EmailRequested email) {
		jdbc.sql("""
				insert into messaging.email (key, recipient_id, subject, status)
				values (:key, :recipient, :subject, 'PENDING') on conflict (key) do nothing""")
			.param("key", email.key())
			.param("recipient", email.recipient().value())
			.param("subject", abbreviate(email.subject()))
			.update();
		var status = jdbc.sql("select status from messaging.email where key = :key for update")
			.param("key", email.key())
			.query(String.class)
			.single();
		if (!status.equals("PENDING")) {
			return;
		}
		jdbc.sql("update messaging.email set attempts = attempts + 1 where key = :key")
			.param("key", email.key())
			.update();
		mark(email.key(), deliver(email));
	}

	private String deliver(EmailRequested email) {
		var sender = mail.getIfAvailable();
		if (sender == null) {
			log.warn("E-mail {} not sent: no SMTP server is configured (spring.mail.host)", email.key());
			return "NOT_CONFIGURED";
		}
		var address = identities.personalData(email.recipient(), email.recipient(), "E-mail delivery")
			.map(data -> data.email())
			.filter(value -> value != null && !value.isBlank());
		if (address.isEmpty()) {
			log.info("E-mail {} not sent: the recipient has no e-mail address", email.key());
			return "NO_ADDRESS";
		}
		sender.send(message(sender, email, address.get()));
		return "SENT";
	}

	private MimeMessage message(JavaMailSender sender, EmailRequested email, String address) {
		var message = new IdempotentMessage(sender.createMimeMessage(), messageId(email.key()));
		try {
			var helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
			helper.setFrom(properties.from());
			helper.setTo(address);
			helper.setSubject(email.subject());
			helper.setText(email.text());
			return message;
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
	}

	private void mark(String key, String status) {
		jdbc.sql(
				"update messaging.email set status = :status, sent_at = case when :status = 'SENT' then now() end where key = :key")
			.param("status", status)
			.param("key", key)
			.update();
	}

	static String messageId(String key) {
		return "<" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "@osaamo>";
	}

	private static String abbreviate(String subject) {
		return subject.length() <= 300 ? subject : subject.substring(0, 299) + "…";
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
