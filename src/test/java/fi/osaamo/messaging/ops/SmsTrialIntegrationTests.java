package fi.osaamo.messaging.ops;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.messaging.SmsSettings;
import fi.osaamo.messaging.sms.SmsFixture;
import fi.osaamo.messaging.sms.SmsSettingsRepository;
import fi.osaamo.messaging.smpp.SimulatedPhones.PhoneMessage;
import fi.osaamo.platform.Notice;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Send to my phone" on the operator view: the message goes the whole way to the
 * administrator's own number, from the platform, in their language and with a personal
 * link; quiet hours hold it and the notice says until when; a rejected text or a missing
 * number is said beside the field, with the text kept.
 */
@IntegrationTest
class SmsTrialIntegrationTests {

	private static final UUID PLATFORM = new UUID(0, 0);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SmsSettingsRepository settings;

	@Autowired
	SmsFixture sms;

	@Autowired
	SmsAdmins admins;

	@AfterEach
	void platformDefaults() {
		this.settings.save(SmsSettings.defaults(PLATFORM), this.sms.person(null));
	}

	@Test
	void theMessageReachesTheAdministratorsOwnPhoneInTheirLanguage() throws Exception {
		quiet(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
		var number = SmsFixture.freshNumber();
		var admin = this.admins.signIn(number);

		var sent = this.mvc
			.perform(post("/admin/sms/try").cookie(admin.session())
				.with(csrf())
				.header("Accept-Language", "sv")
				.param("text", "Hej från operatören!"))
			.andExpect(redirectedUrl("/admin/sms"))
			.andReturn();

		assertThat(((Notice) sent.getFlashMap().get("osaamo.notice")).key()).isEqualTo("sms.try.notice.sent");
		var key = awaitKey(admin.id().value());
		this.sms.awaitState(key, "DELIVERED");
		var row = this.jdbc.sql("""
				select organisation_id, conversation, language, essential, link_token is not null
				from messaging.sms where key = :key""")
			.param("key", key)
			.query((rs, n) -> rs.getObject(1, UUID.class) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
					+ rs.getBoolean(4) + "|" + rs.getBoolean(5))
			.single();
		assertThat(row).isEqualTo(PLATFORM + "|admin-test|sv|false|true");
		assertThat(this.sms.smsc().phones().messages(number)).singleElement()
			.extracting(PhoneMessage::text)
			.asString()
			.startsWith("Hej från operatören! http")
			.contains("/m/");
	}

	@Test
	void inQuietHoursTheNoticeSaysWhenItLeaves() throws Exception {
		var now = LocalTime.now(ZoneId.of("Europe/Helsinki")).truncatedTo(ChronoUnit.MINUTES);
		quiet(now.minusHours(1), now.plusHours(1));
		var admin = this.admins.signIn(SmsFixture.freshNumber());

		var sent = this.mvc
			.perform(post("/admin/sms/try").cookie(admin.session()).with(csrf()).param("text", "Huomenta!"))
			.andExpect(redirectedUrl("/admin/sms"))
			.andReturn();

		var notice = (Notice) sent.getFlashMap().get("osaamo.notice");
		assertThat(notice.key()).isEqualTo("sms.try.notice.held");
		var key = awaitKey(admin.id().value());
		assertThat(this.sms.state(key)).isEqualTo("QUEUED");
		// Not sent an hour later, in the middle of another test's figures.
		this.jdbc.sql("delete from messaging.sms where key = :key").param("key", key).update();
	}

	@Test
	void aRejectedTextIsSaidBesideTheFieldAndKept() throws Exception {
		var admin = this.admins.signIn(SmsFixture.freshNumber());

		var empty = attempt(admin.session(), "   ");
		assertThat(empty.getElementById("text-error").text()).isEqualTo("Write the message.");
		assertThat(empty.getElementById("error-summary").select("a").attr("href")).isEqualTo("#text");

		var long_ = "Привет! ".repeat(90);
		var tooLong = attempt(admin.session(), long_);
		assertThat(tooLong.getElementById("text-error").text()).isEqualTo("The message is too long: at most 10 parts.");
		assertThat(tooLong.getElementById("text").text()).isEqualTo(long_.strip());
		assertThat(tooLong.getElementById("text").attr("aria-invalid")).isEqualTo("true");
		assertThat(tooLong.selectFirst("#sms-preview [data-encoding]").attr("data-encoding")).isEqualTo("UCS2");
		assertThat(messagesTo(admin.id().value())).isZero();
	}

	@Test
	void anAdministratorWithoutAMobileNumberIsToldSo() throws Exception {
		var none = this.admins.signIn(null);
		var page = attempt(none.session(), "Hei!");
		assertThat(page.getElementById("recipient-error").text()).contains("no phone number");
		assertThat(page.getElementById("error-summary").select("a").attr("href")).isEqualTo("#send-to-phone");
		assertThat(page.getElementById("text").text()).isEqualTo("Hei!");

		var landline = this.admins.signIn("09 310 1641");
		assertThat(attempt(landline.session(), "Hei!").getElementById("recipient-error").text())
			.contains("not a mobile number");
		assertThat(messagesTo(none.id().value()) + messagesTo(landline.id().value())).isZero();
	}

	private Document attempt(Cookie admin, String text) throws Exception {
		return Jsoup.parse(this.mvc.perform(
				post("/admin/sms/try").cookie(admin).with(csrf()).header("Accept-Language", "en").param("text", text))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private void quiet(LocalTime from, LocalTime until) {
		this.settings.save(new SmsSettings(PLATFORM, null, from, until, false), this.sms.person(null));
	}

	private String awaitKey(UUID admin) {
		SmsFixture.await(() -> messagesTo(admin) == 1, "the message to be queued");
		return this.jdbc.sql("select key from messaging.sms where recipient_id = :admin")
			.param("admin", admin)
			.query(String.class)
			.single();
	}

	private int messagesTo(UUID admin) {
		return this.jdbc.sql("select count(*) from messaging.sms where recipient_id = :admin")
			.param("admin", admin)
			.query(Integer.class)
			.single();
	}

}
