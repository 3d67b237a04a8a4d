package fi.osaamo.messaging.sms;

import java.util.regex.Pattern;

import fi.osaamo.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The channel's metrics as Prometheus scrapes them from the machine itself: the outbox's
 * gauges, the bind and the switch, and counters of parts, failures, receipts and replies.
 */
@IntegrationTest
class SmsMetricsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxFigures figures;

	@Autowired
	SmsFixture sms;

	@Test
	void theChannelIsScrapedWithItsGaugesAndCounters() throws Exception {
		var before = scrape();
		var number = SmsFixture.freshNumber();
		var delivered = this.sms.send(this.sms.person(number), "Kolmiosainen viesti. ".repeat(20), false);
		var landline = this.sms.send(this.sms.person("09 310 1641"), "Lankapuhelimeen", false);
		this.sms.awaitState(delivered, "DELIVERED");
		this.sms.awaitState(landline, "FAILED");
		this.sms.smsc().reply(SmsFixture.freshNumber(), "Osaamo", "Kuka?");
		SmsFixture.await(() -> value(scrapeQuietly(), "sms_replies_total{channel=\"SMS\"}") > value(before,
				"sms_replies_total{channel=\"SMS\"}"), "the reply to be counted");

		var after = scrape();

		assertThat(value(after, "sms_parts_submitted_total")).isEqualTo(value(before, "sms_parts_submitted_total") + 3);
		assertThat(value(after, "sms_messages_failed_total{error=\"NOT_MOBILE\"}"))
			.isEqualTo(value(before, "sms_messages_failed_total{error=\"NOT_MOBILE\"}") + 1);
		assertThat(value(after, "sms_receipts_total{stat=\"DELIVRD\"}"))
			.isGreaterThanOrEqualTo(value(before, "sms_receipts_total{stat=\"DELIVRD\"}") + 3);
		assertThat(after).contains("sms_queue_messages{wait=\"due\"}", "sms_queue_messages{wait=\"quiet_hours\"}",
				"sms_queue_messages{wait=\"retry\"}", "sms_queue_oldest_age_seconds ", "sms_in_doubt_messages ",
				"sms_replies_total{channel=\"WEB\"}");
		assertThat(value(after, "sms_bind_up")).isEqualTo(1.0);
		assertThat(value(after, "sms_sending_paused")).isZero();
	}

	@Test
	void theGaugesReadTheDatabaseAtMostEveryFewSeconds() {
		var first = this.figures.now();
		this.sms.send(this.sms.person(null), "Ei numeroa", false);

		assertThat(this.figures.recent()).isSameAs(first);
		assertThat(this.figures.now()).isNotSameAs(first);
	}

	private String scrape() throws Exception {
		return this.mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String scrapeQuietly() {
		try {
			return scrape();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A sample's value, 0 when it is not there yet. */
	private static double value(String scraped, String sample) {
		var line = Pattern.compile("^" + Pattern.quote(sample) + " (\\S+)$", Pattern.MULTILINE).matcher(scraped);
		return line.find() ? Double.parseDouble(line.group(1)) : 0;
	}

}
