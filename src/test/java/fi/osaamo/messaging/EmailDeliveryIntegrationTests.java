package fi.osaamo.messaging;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.osaamo.IntegrationTest;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail delivery through a real SMTP server (GreenMail): a message whose server was down
 * is delivered when the server is back, once; a recipient without an address is logged,
 * not retried for ever.
 */
@IntegrationTest
class EmailDeliveryIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	IdentityManagement identities;

	@Autowired
	RetryFailed retry;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMessageWhoseServerWasDownIsDeliveredOnceWhenItIsBack() throws Exception {
		var person = identities.register(new NewPerson("Posti", "Testi", "posti@delivery.test.invalid", null));
		var key = "test-retry:" + UUID.randomUUID();
		mail.stop();
		transactions.executeWithoutResult(status -> events
			.publishEvent(new EmailRequested(key, person.id(), "Palvelin palasi " + key, "Teksti")));
		waitForStatus(key, null, Duration.ofSeconds(10));
		mail.start();

		retry.resubmit(Duration.ZERO);
		assertThat(mail.waitForIncomingEmail(15_000, 1)).isTrue();
		waitForStatus(key, "SENT", Duration.ofSeconds(10));
		retry.resubmit(Duration.ZERO);
		Thread.sleep(500); // time for a second delivery, were there one
		assertThat(Arrays.stream(mail.getReceivedMessages()).filter(message -> subject(message).contains(key)))
			.hasSize(1);
	}

	@Test
	void aRecipientWithoutAnAddressIsLoggedAndNotRetried() throws Exception {
		var person = identities.register(new NewPerson("Ilman", "Osoitetta", null, null));
		var key = "test-no-address:" + UUID.randomUUID();
		transactions.executeWithoutResult(
				status -> events.publishEvent(new EmailRequested(key, person.id(), "Ei osoitetta", "Teksti")));
		waitForStatus(key, "NO_ADDRESS", Duration.ofSeconds(10));
		assertThat(mail.getReceivedMessages()).noneMatch(message -> subject(message).equals("Ei osoitetta"));
	}

	/**
	 * Waits until the log holds the status for the key; {@code null} waits for the failed
	 * attempt, which leaves no row (its transaction rolled back) but takes its time.
	 */
	private void waitForStatus(String key, String status, Duration limit) throws InterruptedException {
		var deadline = System.nanoTime() + limit.toNanos();
		if (status == null) {
			Thread.sleep(2_000);
			assertThat(statusOf(key)).isNull();
			return;
		}
		while (System.nanoTime() < deadline) {
			if (status.equals(statusOf(key))) {
				return;
			}
			Thread.sleep(100);
		}
		assertThat(statusOf(key)).isEqualTo(status);
	}

	private String statusOf(String key) {
		return jdbc.sql("select status from messaging.email where key = :key")
			.param("key", key)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
