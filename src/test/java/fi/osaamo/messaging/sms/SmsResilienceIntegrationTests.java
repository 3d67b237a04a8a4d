package fi.osaamo.messaging.sms;

import java.util.ArrayList;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.osaamo.IntegrationTest;
import fi.osaamo.messaging.SmsRequested;
import fi.osaamo.messaging.smpp.SmppLink;
import fi.osaamo.messaging.smpp.Submission;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The channel when the SMSC misbehaves: throttled submits wait and go, an SMSC restarting
 * mid-run loses nothing and duplicates nothing, and bad requests are refused before
 * anything is queued.
 */
@IntegrationTest
class SmsResilienceIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SmppLink link;

	@Autowired
	SmsFixture sms;

	@Test
	void throttledSubmitsWaitAndGoWithoutCountingAsFailures() {
		var number = SmsFixture.freshNumber();
		var person = this.sms.person(number);
		this.sms.smsc().throttleNext(3);

		var key = this.sms.send(person, "Hidasta vähän.", false);

		this.sms.awaitState(key, "DELIVERED");
		assertThat(this.sms.submittedTo(number)).hasSize(1);
		assertThat(this.jdbc.sql("select attempts from messaging.sms where key = :key")
			.param("key", key)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anSmscRestartingMidRunLosesNothingAndDuplicatesNothing() throws Exception {
		var keys = new ArrayList<String>();
		var numbers = new ArrayList<String>();
		for (int i = 0; i < 120; i++) {
			var number = SmsFixture.freshNumber();
			numbers.add(number);
			keys.add(this.sms.send(this.sms.person(number), "Viesti " + i + " / restart", false));
		}
		SmsFixture.await(() -> this.sms.smsc()
			.submissions()
			.stream()
			.filter(s -> numbers.contains(s.destination()))
			.count() >= 20, "some messages to be submitted");
		int bindsBefore = this.link.binds();
		this.sms.smsc().stop();
		SmsFixture.await(() -> !this.link.bound(), "the bind to drop");
		Thread.sleep(300);
		this.sms.smsc().start();

		for (var key : keys) {
			this.sms.awaitState(key, "DELIVERED");
		}
		assertThat(this.link.binds()).isGreaterThan(bindsBefore);
		Map<String, Long> perNumber = this.sms.smsc()
			.submissions()
			.stream()
			.map(Submission::destination)
			.filter(numbers::contains)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(perNumber).hasSize(120).allSatisfy((number, count) -> assertThat(count).isOne());
	}

	@Test
	void anEmptyTextOrOneOverTenPartsIsRefusedBeforeAnythingIsQueued() {
		var person = this.sms.person(SmsFixture.freshNumber());
		assertThatIllegalArgumentException().isThrownBy(
				() -> new SmsRequested("test:empty", this.sms.organisation, person, "c", "  ", "fi", false, false));
		assertThatIllegalArgumentException().isThrownBy(() -> new SmsRequested("test:long", this.sms.organisation,
				person, "c", "a".repeat(1531), "fi", false, false));
		assertThatIllegalArgumentException().isThrownBy(() -> new SmsRequested("test:link", this.sms.organisation,
				person, "c", "a".repeat(1500), "fi", false, true));
		assertThat(this.sms.state("test:empty")).isEqualTo("NONE");
	}

}
