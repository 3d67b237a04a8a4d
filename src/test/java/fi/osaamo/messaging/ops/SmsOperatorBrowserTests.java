package fi.osaamo.messaging.ops;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import fi.osaamo.BrowserTestSupport;
import fi.osaamo.SignIn;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.messaging.sms.SendingControl;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import testsupport.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator view of text messages in Finnish, Swedish and English, axe-core clean with
 * its chart and lists filled, while a message is typed, with a rejected text, and while
 * sending is paused.
 */
class SmsOperatorBrowserTests extends BrowserTestSupport {

	@Autowired
	IdentityManagement identities;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SendingControl control;

	@ParameterizedTest
	@ValueSource(strings = { "fi", "sv", "en" })
	void theOperatorViewIsAccessible(String language) {
		var username = admin();
		seedFinishedMessages();
		open("/?lang=" + language);
		signIn(username);
		open("/admin/sms");
		waitFor(By.id("daily-chart"));
		assertThat(browser.findElement(By.id("bind-state")).getAttribute("data-state")).isNotEmpty();
		Browser.assertAccessible(browser);
		screenshot("sms-operator-" + language);

		var text = browser.findElement(By.id("text"));
		text.sendKeys("Привет, ");
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sms-preview [data-encoding=UCS2]")));
		Browser.assertAccessible(browser);

		text.clear();
		browser.findElement(By.id("send-to-phone")).click();
		waitFor(By.id("text-error"));
		assertThat(browser.findElement(By.id("error-summary")).isDisplayed()).isTrue();
		Browser.assertAccessible(browser);

		try {
			browser.findElement(By.id("pause-or-resume")).click();
			waitFor(By.id("confirm-sending"));
			Browser.assertAccessible(browser);
			browser.findElement(By.id("confirm-sending")).click();
			waitFor(By.id("paused"));
			Browser.assertAccessible(browser);
			screenshot("sms-operator-paused-" + language);
			browser.findElement(By.id("pause-or-resume")).click();
			waitFor(By.id("confirm-sending"));
			browser.findElement(By.id("confirm-sending")).click();
			waitFor(By.id("sending-on"));
		}
		finally {
			this.control.set(false, this.identities.findByUsername(username).orElseThrow().id());
		}
	}

	private String admin() {
		var username = "sms-operator-" + UUID.randomUUID().toString().substring(0, 8);
		var person = this.identities.register(new NewPerson("Ylläpito", "Selain", null, "+358 40 555 0199")).id();
		this.identities.createLocalAccount(person, username, this.passwords.encode(SignIn.PASSWORD));
		var platform = this.organisations.list("", OrganisationType.PLATFORM, 0, 1).items().get(0).id();
		this.organisations.addMember(platform, person, Role.ADMIN);
		return username;
	}

	/**
	 * Finished messages of the last days, a stranger's reply and an unreadable receipt,
	 * so that the chart and every list have something to show.
	 */
	private void seedFinishedMessages() {
		var now = Instant.now();
		for (int day = 0; day < 5; day++) {
			var at = now.minus(Duration.ofDays(day));
			message("DELIVERED", null, at);
			message("DELIVERED", null, at);
			message(day % 2 == 0 ? "FAILED" : "EXPIRED", day % 2 == 0 ? "NOT_MOBILE" : "NOT_SENT_IN_TIME", at);
		}
		message("FAILED", "SMPP_0x0B", now);
		this.jdbc.sql("insert into messaging.sms_reply (channel, sender_shown, text) values ('SMS', :shown, :text)")
			.param("shown", "+358 40 *****67")
			.param("text", "Kuka olet?")
			.update();
		this.jdbc.sql("insert into messaging.sms_receipt (raw, well_formed) values (:raw, false)")
			.param("raw", "kuitti ilman tuttua muotoa")
			.update();
	}

	private void message(String state, String error, Instant at) {
		this.jdbc
			.sql("""
					insert into messaging.sms (key, organisation_id, conversation, language, text, encoding, parts, state,
					  error, due_at, expires_at, created_at, finished_at)
					values (:key, :organisation, 'browser-test', 'fi', 'Hei!', 'GSM7', 1, :state, :error, :at, :at, :at, :at)""")
			.param("key", "browser-test:" + UUID.randomUUID())
			.param("organisation", new UUID(0, 0))
			.param("state", state)
			.param("error", error)
			.param("at", Timestamp.from(at))
			.update();
	}

}
