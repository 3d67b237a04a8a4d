package fi.osaamo.messaging.sms;

import fi.osaamo.messaging.SmsSettings;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.messaging.SmsRequested;
import fi.osaamo.messaging.smpp.SmppEndpoint;
import fi.osaamo.messaging.smpp.SmscSimulator;
import fi.osaamo.messaging.smpp.Submission;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.fail;

/**
 * What the text-message tests share: persons with fresh mobile numbers, requests
 * published as another module would, the simulated SMSC, and waiting for a state. Every
 * injection is a new fixture with an organisation of its own (see {@link Beans}).
 */
public class SmsFixture {

	/**
	 * Gives each test its own fixture; imported by {@code @IntegrationTest}, so that the
	 * tests keep sharing one context.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Beans {

		@Bean
		@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
		SmsFixture smsFixture(IdentityManagement identities, ApplicationEventPublisher events,
				TransactionTemplate transactions, JdbcClient jdbc, SmppEndpoint endpoint,
				SmsSettingsRepository settings) {
			return new SmsFixture(identities, events, transactions, jdbc, endpoint, settings);
		}

	}

	public final UUID organisation = UUID.randomUUID();

	private final IdentityManagement identities;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final SmppEndpoint endpoint;

	public SmsFixture(IdentityManagement identities, ApplicationEventPublisher events, TransactionTemplate transactions,
			JdbcClient jdbc, SmppEndpoint endpoint, SmsSettingsRepository settings) {
		this.identities = identities;
		this.events = events;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.endpoint = endpoint;
		// Tests run at any hour: this organisation has no quiet hours unless a test sets
		// them.
		settings.save(new SmsSettings(this.organisation, null, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, false),
				person(null));
	}

	/** A fresh Finnish mobile number, e.g. +358 50 1234567. */
	public static String freshNumber() {
		return "+35850" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
	}

	public PersonId person(String phone) {
		return this.identities.register(new NewPerson("Teksti", "Viestittäjä", null, phone)).id();
	}

	public SmscSimulator smsc() {
		return java.util.Objects.requireNonNull(this.endpoint.simulator());
	}

	public String send(PersonId to, String text, boolean essential) {
		return send(new SmsRequested("test:" + UUID.randomUUID(), this.organisation, to, "test-conversation", text,
				"fi", essential, false));
	}

	public String send(UUID organisation, PersonId to, String text) {
		return send(new SmsRequested("test:" + UUID.randomUUID(), organisation, to, "test-conversation", text, "fi",
				false, false));
	}

	public String send(SmsRequested request) {
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(request));
		return request.key();
	}

	public String state(String key) {
		return this.jdbc.sql("select state from messaging.sms where key = :key")
			.param("key", key)
			.query(String.class)
			.optional()
			.orElse("NONE");
	}

	public String error(String key) {
		return this.jdbc.sql("select coalesce(error, '') from messaging.sms where key = :key")
			.param("key", key)
			.query(String.class)
			.optional()
			.orElse("");
	}

	public void awaitState(String key, String state) {
		await(() -> state.equals(state(key)),
				"message " + key + " to be " + state + " (is " + state(key) + ", " + error(key) + ")");
	}

	/** The parts the SMSC took for a number. */
	public List<Submission> submittedTo(String number) {
		return smsc().submissions().stream().filter(s -> s.destination().equals(number)).toList();
	}

	public JdbcClient jdbc() {
		return this.jdbc;
	}

	public static void await(BooleanSupplier condition, String what) {
		long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				fail("Waited 30 s for " + what);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				fail("Interrupted");
			}
		}
	}

}
