package fi.osaamo.messaging.sms;

import fi.osaamo.IntegrationTest;
import fi.osaamo.messaging.SmsEncoding;
import fi.osaamo.messaging.smpp.SimulatedPhones.PhoneMessage;
import org.jsmpp.SMPPConstant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text messages through the simulated SMSC over real SMPP: a message is submitted once
 * and its receipt stored; long messages travel in concatenated parts in GSM 7-bit or
 * UCS-2; permanent errors are not retried and bad numbers are never submitted.
 */
@IntegrationTest
class SmsChannelIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SmsFixture sms;

	@Test
	void aMessageIsSubmittedOnceAndItsReceiptIsStored() {
		var number = SmsFixture.freshNumber();
		var key = this.sms.send(this.sms.person(number), "Hei! Muista huomisen tapaaminen klo 9.", false);

		this.sms.awaitState(key, "DELIVERED");

		var parts = this.sms.submittedTo(number);
		assertThat(parts).singleElement().satisfies(part -> {
			assertThat(part.text()).isEqualTo("Hei! Muista huomisen tapaaminen klo 9.");
			assertThat(part.encoding()).isEqualTo(SmsEncoding.GSM7);
			assertThat(part.source()).isEqualTo("Osaamo");
		});
		var receipt = this.jdbc.sql("""
				select r.stat, r.smsc_id, r.well_formed from messaging.sms_receipt r
				join messaging.sms s on s.id = r.sms_id where s.key = :key""")
			.param("key", key)
			.query((rs, row) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getBoolean(3))
			.single();
		assertThat(receipt).isEqualTo("DELIVRD/" + parts.get(0).smscId() + "/true");
	}

	@Test
	void aLongGsmMessageTravelsInThreeParts() {
		var number = SmsFixture.freshNumber();
		var text = "Hyvä opiskelija, tässä ensi viikon ohjelma: maanantaina työpaikalla klo 8–16 (ei 7!). "
			.replace('–', '-')
			.repeat(4) + "Hinta 5 € [alv 0]. Kysy {ohjaajalta}.";
		assertThat(text.length()).isBetween(307, 459);
		var key = this.sms.send(this.sms.person(number), text, false);

		this.sms.awaitState(key, "DELIVERED");

		assertThat(this.sms.submittedTo(number)).hasSize(3)
			.allSatisfy(part -> assertThat(part.encoding()).isEqualTo(SmsEncoding.GSM7));
		assertThat(this.sms.smsc().phones().messages(number)).singleElement()
			.extracting(PhoneMessage::text, PhoneMessage::parts)
			.containsExactly(text, 3);
	}

	@Test
	void aLongUcs2MessageTravelsInThreeParts() {
		var number = SmsFixture.freshNumber();
		var text = "Привет! Встреча в понедельник в 9:00, принесите документы. 🙂 ".repeat(3);
		var key = this.sms.send(this.sms.person(number), text, false);

		this.sms.awaitState(key, "DELIVERED");

		assertThat(this.sms.submittedTo(number)).hasSize(3)
			.allSatisfy(part -> assertThat(part.encoding()).isEqualTo(SmsEncoding.UCS2));
		assertThat(this.sms.smsc().phones().messages(number)).singleElement()
			.extracting(PhoneMessage::text, PhoneMessage::parts)
			.containsExactly(text, 3);
	}

	@Test
	void aRefusedNumberFailsAtOnceWithoutRetries() {
		var number = SmsFixture.freshNumber();
		this.sms.smsc().refuse(number, SMPPConstant.STAT_ESME_RINVDSTADR);
		var key = this.sms.send(this.sms.person(number), "Tämä ei mene perille.", false);

		this.sms.awaitState(key, "FAILED");

		assertThat(this.sms.error(key)).isEqualTo("SMPP_0x0B");
		assertThat(this.jdbc.sql("select attempts from messaging.sms where key = :key")
			.param("key", key)
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.sms.submittedTo(number)).isEmpty();
	}

	@Test
	void numbersThatCannotTakeTextMessagesAreNeverSubmitted() {
		var landline = this.sms.send(this.sms.person("09 310 1641"), "Lankapuhelimeen", false);
		var nonsense = this.sms.send(this.sms.person("12"), "Ei numero", false);
		var none = this.sms.send(this.sms.person(null), "Ei numeroa", false);

		this.sms.awaitState(landline, "FAILED");
		this.sms.awaitState(nonsense, "FAILED");
		this.sms.awaitState(none, "FAILED");

		assertThat(this.sms.error(landline)).isEqualTo("NOT_MOBILE");
		assertThat(this.sms.error(nonsense)).isEqualTo("INVALID_NUMBER");
		assertThat(this.sms.error(none)).isEqualTo("NO_NUMBER");
	}

}
