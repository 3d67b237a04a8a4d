package fi.osaamo.messaging.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.TestClock;
import fi.osaamo.messaging.smpp.SmppLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dead sender's claim waits for the receipts the SMSC kept from when the death is
 * noticed, not from the claim: a long-running survivor must not send again what the dead
 * sender's SMSC may still report.
 */
@IntegrationTest
class InDoubtSettlementIntegrationTests {

	private static final Duration RECEIPT_WAIT = Duration.ofSeconds(1);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Recipients recipients;

	@Autowired
	ReceiptMatching matching;

	@Autowired
	SmppLink link;

	@Autowired
	SmsProperties properties;

	@Autowired
	TestClock clock;

	@Autowired
	SmsFixture sms;

	InDoubtSettlement settlement;

	@BeforeEach
	void fixture() {
		var p = this.properties;
		var shortWait = new SmsProperties(p.enabled(), p.batch(), p.poll(), p.heartbeat(), p.inDoubtAfter(),
				RECEIPT_WAIT, p.maxAttempts(), p.retryFirst(), p.retryMax(), p.throttlePause(), p.validity(),
				p.linkValidity(), p.defaultSender(), p.zone());
		this.settlement = new InDoubtSettlement(this.jdbc, this.recipients, this.matching, this.link, shortWait,
				this.clock);
	}

	@Test
	void theReceiptWaitStartsWhenTheDeadSenderIsNoticed() throws Exception {
		var number = SmsFixture.freshNumber();
		var person = this.sms.person(number);
		var dead = UUID.randomUUID();
		var key = "test:" + UUID.randomUUID();
		this.jdbc.sql("""
				insert into messaging.sms (key, organisation_id, recipient_id, conversation, language, text, encoding,
				  parts, essential, state, due_at, expires_at, created_at, claimed_by, claimed_at)
				values (:key, :organisation, :recipient, 'c', 'fi', 'Huomenna klo 9.', 'GSM7', 1, false, 'SENDING',
				  now() - interval '1 hour', now() + interval '1 day', now() - interval '1 hour', :dead,
				  now() - interval '1 hour')""")
			.param("key", key)
			.param("organisation", this.sms.organisation)
			.param("recipient", person.value())
			.param("dead", dead)
			.update();

		this.settlement.settle(Instant.now());
		assertThat(this.sms.state(key)).isEqualTo("SENDING");
		var noticed = this.jdbc.sql("select claimed_at from messaging.sms where key = :key and claimed_by is null")
			.param("key", key)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
		assertThat(noticed).isAfter(Instant.now().minusSeconds(60));

		Thread.sleep(RECEIPT_WAIT.plusMillis(300).toMillis());
		this.settlement.settle(Instant.now());
		assertThat(this.sms.state(key)).isIn("QUEUED", "SENDING", "SUBMITTED", "DELIVERED");
		this.sms.awaitState(key, "DELIVERED");
		assertThat(this.sms.submittedTo(number)).hasSize(1);
	}

}
