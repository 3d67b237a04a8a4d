package fi.osaamo.messaging;

import org.springframework.jdbc.core.simple.JdbcClient;
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

	private static final String INSERT = """
			insert into messaging.email (key, recipient_id, subject, status)
			values (:key, :recipient, :subject, 'PENDING') on conflict (key) do nothing""";

	private final JdbcClient jdbc;

	private final EmailSender sender;

	EmailDelivery(JdbcClient jdbc, EmailSender sender) {
		this.jdbc = jdbc;
		this.sender = sender;
	}

	@ApplicationModuleListener
	void on(EmailRequested email) {
		jdbc.sql(INSERT)
			.param("key", email.key())
			.param("recipient", email.recipient().value())
			.param("subject", abbreviate(email.subject()))
			.update();
		if (claim(email.key())) {
			mark(email.key(), sender.deliver(email));
		}
	}

	/**
	 * Locks an e-mail's row and counts an attempt, unless it was already sent or given
	 * up.
	 * @return whether it is to be sent
	 */
	private boolean claim(String key) {
		var status = jdbc.sql("select status from messaging.email where key = :key for update")
			.param("key", key)
			.query(String.class)
			.single();
		if (!status.equals("PENDING")) {
			return false;
		}
		jdbc.sql("update messaging.email set attempts = attempts + 1 where key = :key").param("key", key).update();
		return true;
	}

	private void mark(String key, String status) {
		jdbc.sql(
				"update messaging.email set status = :status, sent_at = case when :status = 'SENT' then now() end where key = :key")
			.param("status", status)
			.param("key", key)
			.update();
	}

	private static String abbreviate(String subject) {
		return subject.length() <= 300 ? subject : subject.substring(0, 299) + "…";
	}

}
