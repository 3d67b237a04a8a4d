package fi.osaamo.messaging.ops;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;

import fi.osaamo.IntegrationTest;
import fi.osaamo.TestUsers;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.messaging.MobileNumbers;
import fi.osaamo.messaging.sms.SmsFixture;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import jakarta.servlet.http.Cookie;
import org.jsmpp.SMPPConstant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operator view of text messages as a platform administrator sees it after messages
 * went through the simulated SMSC: the bind, throughput, the day's delivery, failures in
 * words, strangers' replies with their numbers hidden and unreadable receipts; closed to
 * everyone else.
 */
@IntegrationTest
class SmsOperatorIntegrationTests {

	private static final Pattern NUMBERS = Pattern.compile("\\d+");

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityManagement identities;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SmsFixture sms;

	@Autowired
	SmsAdmins admins;

	@Test
	void anAdministratorSeesWhatTheChannelDid() throws Exception {
		var admin = admin();
		var before = page(admin);
		var number = SmsFixture.freshNumber();
		var refused = SmsFixture.freshNumber();
		this.sms.smsc().refuse(refused, SMPPConstant.STAT_ESME_RINVDSTADR);
		var recipient = this.sms.person(number);
		var delivered = this.sms.send(recipient, "Tervetuloa työpaikalle! ".repeat(8), false);
		var failed = this.sms.send(this.sms.person(refused), "Tämä ei mene perille.", false);
		var landline = this.sms.send(this.sms.person("09 310 1641"), "Lankapuhelimeen", false);
		this.sms.awaitState(delivered, "DELIVERED");
		this.sms.awaitState(failed, "FAILED");
		this.sms.awaitState(landline, "FAILED");
		var stranger = SmsFixture.freshNumber();
		var question = "Kuka olet? " + UUID.randomUUID();
		var receipt = "kuitti ilman tuttua " + UUID.randomUUID();
		this.sms.smsc().reply(stranger, "Osaamo", question);
		this.sms.smsc().sendMalformedReceipt(stranger, receipt);
		SmsFixture.await(
				() -> count("select count(*) from messaging.sms_reply where text = ?", question) == 1
						&& count("select count(*) from messaging.sms_receipt where raw = ?", receipt) == 1,
				"the stranger's reply and the unreadable receipt to be kept");

		var after = page(admin);

		// Only this test queues messages now; receipts of earlier tests may still come
		// in.
		assertThat(today(after, 0)).isEqualTo(today(before, 0) + 3);
		assertThat(today(after, 1)).isGreaterThanOrEqualTo(today(before, 1) + 1);
		assertThat(today(after, 2)).isGreaterThanOrEqualTo(today(before, 2) + 2);
		assertThat(lastHour(after)).isGreaterThanOrEqualTo(lastHour(before) + 2);
		assertThat(after.getElementById("bind-state").attr("data-state")).isEqualTo("BOUND");
		assertThat(after.getElementById("simulated")).isNotNull();
		var failures = after.getElementById("failures-table").text();
		assertThat(failures).contains(failed, "SMPP_0x0B", "The operator did not accept the recipient's number.",
				landline, "The number is not a mobile number.");
		assertThat(after.getElementById("unknown-replies-table").text()).contains(question,
				MobileNumbers.masked(stranger));
		assertThat(after.getElementById("unreadable-receipts-table").text()).contains(receipt);
		var html = after.html();
		assertThat(html).doesNotContain(stranger, MobileNumbers.shown(stranger), number, MobileNumbers.shown(number),
				recipient.value().toString());
	}

	@Test
	void onlyPlatformAdministratorsSeeIt() throws Exception {
		this.mvc.perform(get("/admin/sms")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		var hr = new TestUsers(this.identities, this.organisations, this.passwords).signIn(this.mvc,
				this.organisations.list("", OrganisationType.COMPANY, 0, 1).items().get(0).id(), Role.HR);
		this.mvc.perform(get("/admin/sms").cookie(hr)).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/sms/pause").cookie(hr).with(csrf()).param("confirm", "true"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/sms/try").cookie(hr).with(csrf()).param("text", "Hei"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/sms/preview").cookie(hr).with(csrf()).param("text", "Hei"))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePreviewTellsTheEncodingAndTheParts() throws Exception {
		var admin = admin();
		assertThat(preview(admin, "Hei, huomenna klo 9 työpaikalla.")).containsExactly("GSM7", "1");
		assertThat(preview(admin, "Hei 🙂")).containsExactly("UCS2", "1");
		// The personal link takes 60 characters of the 160: 100 fit, 101 need two parts.
		assertThat(preview(admin, "a".repeat(100))).containsExactly("GSM7", "1");
		assertThat(preview(admin, "a".repeat(101))).containsExactly("GSM7", "2");
		// € takes two septets; UCS-2 parts of a long message take 67 characters.
		assertThat(preview(admin, "€".repeat(51))).containsExactly("GSM7", "2");
		assertThat(preview(admin, "ж".repeat(100))).containsExactly("UCS2", "3");
		var tooLong = this.mvc
			.perform(post("/admin/sms/preview").cookie(admin)
				.with(csrf())
				.header("Accept-Language", "en")
				.param("text", "ж".repeat(700)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tooLong).contains("class=\"field-error\"", "at most 10 parts");
	}

	private String[] preview(Cookie admin, String text) throws Exception {
		var html = this.mvc.perform(
				post("/admin/sms/preview").cookie(admin).with(csrf()).header("HX-Request", "true").param("text", text))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var fragment = Jsoup.parseBodyFragment(html);
		return new String[] { fragment.selectFirst("[data-encoding]").attr("data-encoding"),
				fragment.selectFirst("[data-parts]").attr("data-parts") };
	}

	private Cookie admin() throws Exception {
		return this.admins.signIn(null).session();
	}

	private Document page(Cookie admin) throws Exception {
		var html = this.mvc.perform(get("/admin/sms").cookie(admin).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	/** A figure of today's row in the daily table: messages, delivered, failed… */
	private static long today(Document page, int column) {
		var today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
		var row = page.selectFirst("#daily-table tr[data-day=" + today + "]");
		return row == null ? 0 : Long.parseLong(row.select("td").get(column).text().replaceAll("\\D", ""));
	}

	private static long lastHour(Document page) {
		var figures = NUMBERS.matcher(page.getElementById("throughput").text().replaceAll("[\\s,]", ""));
		figures.find();
		figures.find();
		return Long.parseLong(figures.group());
	}

	private int count(String sql, String value) {
		return this.jdbc.sql(sql).param(value).query(Integer.class).single();
	}

}
