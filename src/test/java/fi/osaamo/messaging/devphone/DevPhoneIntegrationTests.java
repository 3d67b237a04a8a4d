package fi.osaamo.messaging.devphone;

import java.time.Duration;
import java.time.LocalTime;
import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.TestUsers;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.messaging.MobileNumbers;
import fi.osaamo.messaging.SmsRequested;
import fi.osaamo.messaging.SmsSettings;
import fi.osaamo.messaging.SmsSettingsManagement;
import fi.osaamo.messaging.smpp.SmppEndpoint;
import fi.osaamo.organisation.OrganisationManagement;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The developer's phone over the simulated SMSC: a number appears once Osaamo sent it a
 * message, its thread shows the message as the phone got it, and a reply typed as the
 * phone travels back over SMPP and is stored as a reply to that message.
 */
@IntegrationTest
class DevPhoneIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityManagement identities;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SmppEndpoint endpoint;

	@Autowired
	SmsSettingsManagement settings;

	Cookie session;

	@BeforeEach
	void signIn() throws Exception {
		// Any signed-in user will do: a person without any organisation's role.
		this.session = SignIn.as(this.mvc,
				new TestUsers(this.identities, this.organisations, this.passwords).account("phone").username());
	}

	@Test
	void aNumberIsListedOnceAMessageWentToItAndItsThreadShowsTheMessage() throws Exception {
		var number = freshNumber();
		var key = send(number, "Hei! Muista tapaaminen huomenna klo 10.");

		this.mvc.perform(get("/dev/phone").cookie(this.session).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Simulated phones — no real text messages are sent.")))
			.andExpect(content().string(containsString(">" + MobileNumbers.shown(number) + "</a>")));
		this.mvc
			.perform(get("/dev/phone").param("number", number)
				.cookie(this.session)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Messages of " + MobileNumbers.shown(number))))
			.andExpect(content().string(containsString("Hei! Muista tapaaminen huomenna klo 10.</p>")))
			.andExpect(content().string(containsString("1 part")))
			.andExpect(content().string(containsString("GSM 7-bit")))
			.andExpect(content().string(containsString("name=\"number\" value=\"" + number + "\"")));
		assertThat(key).isNotBlank();
	}

	@Test
	void aReplyAsThePhoneReachesOsaamoAsAReplyToTheMessage() throws Exception {
		var number = freshNumber();
		var key = send(number, "Miten menee? Vastaa 1-5.");

		this.mvc
			.perform(post("/dev/phone/reply").cookie(this.session)
				.with(csrf())
				.param("number", number)
				.param("text", "5 kiitos"))
			.andExpect(redirectedUrl(DevPhonePage.link(number)));

		await(() -> this.jdbc.sql("""
				select count(*) from messaging.sms_reply r join messaging.sms s on s.id = r.sms_id
				where s.key = :key and r.channel = 'SMS' and r.text = '5 kiitos'""")
			.param("key", key)
			.query(Integer.class)
			.single() == 1, "the reply to be stored");
		this.mvc
			.perform(get("/dev/phone").param("number", number)
				.cookie(this.session)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "fi"))
			.andExpect(content().string(containsString("Tästä puhelimesta vastaanottajalle Osaamo")))
			.andExpect(content().string(containsString("5 kiitos</p>")));
	}

	@Test
	void aReplyThatAPhoneCouldNotSendIsRefusedBesideTheField() throws Exception {
		var number = freshNumber();
		var tooLong = "Tämä vastaus on liian pitkä yhteen tekstiviestiin. ".repeat(4);

		this.mvc
			.perform(post("/dev/phone/reply").cookie(this.session)
				.with(csrf())
				.param("number", number)
				.param("text", tooLong)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reply-text-error\">A simulated phone sends one part")))
			.andExpect(content().string(containsString(">" + tooLong + "</textarea>")));
		this.mvc
			.perform(get("/dev/phone").cookie(this.session)
				.param("number", "09 123 4567")
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"open-number-error\">This is not a mobile number")))
			.andExpect(content().string(containsString("value=\"09 123 4567\"")));
		assertThat(this.endpoint.simulator().phones().messages(number)).isEmpty();
	}

	@Test
	void theThreadRefreshesOnlyWhenSomethingCame() throws Exception {
		var number = freshNumber();
		send(number, "Ensimmäinen viesti.");

		this.mvc
			.perform(get("/dev/phone").cookie(this.session)
				.header("HX-Request", "true")
				.param("number", number)
				.param("seen", "1"))
			.andExpect(status().isNoContent());
		this.mvc
			.perform(get("/dev/phone").cookie(this.session)
				.header("HX-Request", "true")
				.param("number", number)
				.param("seen", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<div id=\"thread\"")))
			.andExpect(content().string(containsString("Ensimmäinen viesti.</p>")))
			.andExpect(content().string(containsString("seen=1")));
	}

	private String send(String number, String text) {
		var person = this.identities.register(new NewPerson("Puhelin", "Testaaja", null, number)).id();
		var request = new SmsRequested("test:" + UUID.randomUUID(), organisation(person), person, "test-conversation",
				text, "fi", false, false);
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(request));
		await(() -> !this.endpoint.simulator().phones().messages(number).isEmpty(), "the message to reach the phone");
		return request.key();
	}

	/** An organisation without quiet hours, so that the test runs at any hour. */
	private UUID organisation(PersonId by) {
		var organisation = UUID.randomUUID();
		this.settings.save(new SmsSettings(organisation, null, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, false), by);
		return organisation;
	}

	private static String freshNumber() {
		return "+35850" + (1_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(8_999_999));
	}

	private static void await(java.util.function.BooleanSupplier condition, String what) {
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
