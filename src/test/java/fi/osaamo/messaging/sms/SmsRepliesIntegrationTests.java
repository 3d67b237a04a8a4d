package fi.osaamo.messaging.sms;

import fi.osaamo.messaging.SmsSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import fi.osaamo.IntegrationTest;
import fi.osaamo.TestClock;
import fi.osaamo.messaging.SmsReceived;
import fi.osaamo.messaging.smpp.SimulatedPhones.PhoneMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replies through the simulated SMSC: matched to the latest message and published; STOP
 * and START in three languages, confirmed once; quiet hours hold messages for the
 * morning; replies from strangers and unreadable receipts are kept for administrators.
 */
@IntegrationTest
class SmsRepliesIntegrationTests {

	private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SmsSettingsRepository settings;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEventMulticaster multicaster;

	@Autowired
	SmsFixture sms;

	@Test
	void aReplyIsMatchedToTheLatestMessageAndPublished() {
		var number = SmsFixture.freshNumber();
		var person = this.sms.person(number);
		this.sms.awaitState(this.sms.send(person, "Miten työssäoppiminen sujuu? Vastaa 1-5.", false), "DELIVERED");

		var published = new java.util.concurrent.CopyOnWriteArrayList<SmsReceived>();
		ApplicationListener<PayloadApplicationEvent<SmsReceived>> listener = event -> published.add(event.getPayload());
		this.multicaster.addApplicationListener(listener);
		try {
			this.sms.smsc().reply(number, "Osaamo", "4, kiitos");
			SmsFixture.await(() -> published.size() == 1, "the reply to be published");
		}
		finally {
			this.multicaster.removeApplicationListener(listener);
		}
		assertThat(published.get(0)).satisfies(event -> {
			assertThat(event.sender()).isEqualTo(person);
			assertThat(event.organisation()).isEqualTo(this.sms.organisation);
			assertThat(event.conversation()).isEqualTo("test-conversation");
			assertThat(event.text()).isEqualTo("4, kiitos");
			assertThat(event.channel()).isEqualTo(SmsReceived.Channel.SMS);
		});
		var reply = this.jdbc.sql("""
				select s.key, r.sender_shown from messaging.sms_reply r join messaging.sms s on s.id = r.sms_id
				where r.text = '4, kiitos' and s.recipient_id = :person""")
			.param("person", person.value())
			.query((rs, row) -> rs.getString(1) + "|" + rs.getString(2))
			.single();
		assertThat(reply).startsWith("test:").endsWith("|null");
	}

	@Test
	void stopEndsNonEssentialMessagesAtOnceAndIsConfirmedOnceAndStartResumes() {
		var number = SmsFixture.freshNumber();
		var person = this.sms.person(number);
		this.sms.awaitState(this.sms.send(person, "Tervetuloa!", false), "DELIVERED");

		this.sms.smsc().reply(number, "Osaamo", "Lopeta!");
		SmsFixture.await(() -> received(number).size() == 2, "the confirmation");
		assertThat(received(number).get(1).text()).startsWith("Osaamo: et saa enää viestejä");
		this.sms.smsc().reply(number, "Osaamo", "LOPETA");

		var reminder = this.sms.send(person, "Muistutus: tapaaminen huomenna.", false);
		var essential = this.sms.send(person, "Tapaaminen on peruttu.", true);
		this.sms.awaitState(reminder, "FAILED");
		this.sms.awaitState(essential, "DELIVERED");
		assertThat(this.sms.error(reminder)).isEqualTo("OPTED_OUT");
		assertThat(received(number)).extracting(PhoneMessage::text)
			.containsExactly("Tervetuloa!", received(number).get(1).text(), "Tapaaminen on peruttu.");

		this.sms.smsc().reply(number, "Osaamo", " börja ");
		SmsFixture.await(() -> received(number).size() == 4, "the confirmation of START");
		assertThat(received(number).get(3).text()).startsWith("Osaamo: meddelanden till det här numret är på igen");
		this.sms.awaitState(this.sms.send(person, "Taas mukana.", false), "DELIVERED");
	}

	@Test
	void aMessageDueInQuietHoursWaitsForTheMorningsFirstHalfHour() {
		var evening = LocalDateTime.of(2026, 12, 7, 21, 15).atZone(HELSINKI).toInstant();
		var organisation = java.util.UUID.randomUUID();
		this.settings.save(new SmsSettings(organisation, "Vantaa", LocalTime.of(20, 0), LocalTime.of(8, 0), false),
				this.sms.person(null));
		var number = SmsFixture.freshNumber();
		var person = this.sms.person(number);
		this.clock.pin(evening);
		try {
			var key = this.sms.send(organisation, person, "Hyvää huomenta! Muista tänään klo 10.");
			SmsFixture.await(() -> "QUEUED".equals(this.sms.state(key)), "the message to be queued");
			var due = dueAt(key).atZone(HELSINKI);
			assertThat(due.toLocalDate()).isEqualTo(evening.atZone(HELSINKI).toLocalDate().plusDays(1));
			assertThat(due.toLocalTime()).isBetween(LocalTime.of(8, 0), LocalTime.of(8, 30));
			sleep(Duration.ofMillis(500));
			assertThat(this.sms.submittedTo(number)).isEmpty();

			this.clock.pin(due.toInstant().plusSeconds(1));
			this.sms.awaitState(key, "DELIVERED");
			assertThat(this.sms.submittedTo(number)).singleElement()
				.satisfies(part -> assertThat(part.source()).isEqualTo("Vantaa"));
		}
		finally {
			this.clock.release();
		}
	}

	@Test
	void aReplyFromAnUnknownNumberIsKeptWithTheNumberMasked() {
		this.sms.smsc().reply("+358401234567", "Osaamo", "Kuka olette?");

		SmsFixture.await(() -> unknownReplies("Kuka olette?") == 1, "the stranger's reply to be kept");
		var shown = this.jdbc.sql("select sender_shown from messaging.sms_reply where text = 'Kuka olette?'")
			.query(String.class)
			.single();
		assertThat(shown).isEqualTo("+358 40 *****67");
	}

	@Test
	void aReceiptThatCannotBeReadIsKept() {
		this.sms.smsc().sendMalformedReceipt(SmsFixture.freshNumber(), "kuitti ilman mitään tuttua");

		SmsFixture.await(() -> this.jdbc.sql(
				"select count(*) from messaging.sms_receipt where raw = 'kuitti ilman mitään tuttua' and not well_formed")
			.query(Integer.class)
			.single() == 1, "the malformed receipt to be kept");
	}

	private java.util.List<PhoneMessage> received(String number) {
		return this.sms.smsc().phones().messages(number).stream().filter(PhoneMessage::incoming).toList();
	}

	private int unknownReplies(String text) {
		return this.jdbc.sql("select count(*) from messaging.sms_reply where sms_id is null and text = :text")
			.param("text", text)
			.query(Integer.class)
			.single();
	}

	private Instant dueAt(String key) {
		return this.jdbc.sql("select due_at from messaging.sms where key = :key")
			.param("key", key)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
