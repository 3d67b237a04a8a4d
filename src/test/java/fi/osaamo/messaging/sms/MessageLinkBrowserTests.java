package fi.osaamo.messaging.sms;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import fi.osaamo.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import testsupport.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message's personal link on a phone, as its recipient meets it: the message in its
 * language (Finnish, Swedish, English), a refused and an accepted answer, messages
 * stopped after confirming, and links that open nothing. Every page is checked with axe
 * at 390 px.
 */
class MessageLinkBrowserTests extends BrowserTestSupport {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Autowired
	JdbcClient jdbc;

	@Test
	void theRecipientReadsAnswersAndStopsOnAPhone() {
		browser.manage().window().setSize(new Dimension(390, 900));
		var token = message("Hei! Miten ensimmäinen työviikko meni? Kerro lyhyesti.", "fi");
		open("/m/" + token);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Viesti sinulle");
		assertThat(browser.findElement(By.className("sms-message-text")).getText())
			.isEqualTo("Hei! Miten ensimmäinen työviikko meni? Kerro lyhyesti.");
		Browser.assertAccessible(browser);
		screenshot("message-link-fi");

		// The browser would not send an empty answer; the server says why, too.
		((JavascriptExecutor) browser).executeScript("document.getElementById('answer').removeAttribute('required')");
		browser.findElement(By.id("send-answer")).click();
		waitFor(By.id("answer-error"));
		assertThat(browser.findElement(By.id("answer-error")).getText()).isEqualTo("Kirjoita vastauksesi.");
		Browser.assertAccessible(browser);
		screenshot("message-link-refused-fi");

		browser.findElement(By.id("answer")).sendKeys("Hyvin meni, työkaverit neuvoivat.");
		browser.findElement(By.id("send-answer")).click();
		waitFor(By.id("notice"));
		assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Kiitos! Vastauksesi lähetettiin.");
		assertThat(browser.findElement(By.className("sms-answers")).getText())
			.contains("Hyvin meni, työkaverit neuvoivat.");
		Browser.assertAccessible(browser);
		screenshot("message-link-answered-fi");

		browser.findElement(By.id("stop-messages")).click();
		waitFor(By.id("confirm-stop"));
		Browser.assertAccessible(browser);
		screenshot("message-link-stop-fi");
		browser.findElement(By.id("confirm-stop")).click();
		waitFor(By.id("stopped"));
		assertThat(browser.findElement(By.id("notice")).getText())
			.startsWith("Valmis: viestit numeroosi on lopetettu.");
		Browser.assertAccessible(browser);
	}

	@Test
	void theMessagesLanguageIsThePagesUnlessTheReaderSwitches() {
		browser.manage().window().setSize(new Dimension(390, 900));
		open("/m/" + message("Hej! Hur gick den första veckan?", "sv"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ett meddelande till dig");
		Browser.assertAccessible(browser);
		screenshot("message-link-sv");
		browser.findElement(By.id("stop-messages")).click();
		waitFor(By.id("confirm-stop"));
		Browser.assertAccessible(browser);

		open("/m/" + message("Hi! How did your first week go?", "en"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("A message for you");
		Browser.assertAccessible(browser);
		screenshot("message-link-en");
		browser.findElement(By.id("stop-messages")).click();
		waitFor(By.id("confirm-stop"));
		Browser.assertAccessible(browser);
	}

	@Test
	void aLinkThatOpensNothingSaysSoInEachLanguage() {
		browser.manage().window().setSize(new Dimension(390, 900));
		var expired = message("Vanha viesti.", "fi");
		this.jdbc.sql("update messaging.sms set link_expires_at = now() - interval '1 day' where link_token = :token")
			.param("token", expired)
			.update();
		open("/m/" + expired);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Linkki on vanhentunut");
		Browser.assertAccessible(browser);
		screenshot("message-link-expired-fi");

		for (var language : new String[] { "fi", "sv", "en" }) {
			open("/m/AAAAAAAAAAAAAAAAAAAAAA?lang=" + language);
			assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
			Browser.assertAccessible(browser);
		}
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This link does not work");
	}

	/** A message sent with its link to a number that can stop; the link's token. */
	private String message(String text, String language) {
		var bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var numberKey = new byte[32];
		RANDOM.nextBytes(numberKey);
		this.jdbc.sql("""
				insert into messaging.sms (key, organisation_id, recipient_id, number_key, conversation, language,
				  text, encoding, parts, state, due_at, expires_at, submitted_at, link_token, link_expires_at)
				values (:key, :organisation, :recipient, :numberKey, 'browser-test', :language, :text, 'GSM7', 1,
				  'DELIVERED', now(), now() + interval '1 day', now(), :token, now() + interval '30 days')""")
			.param("key", "browser-test:" + token)
			.param("organisation", UUID.randomUUID())
			.param("recipient", UUID.randomUUID())
			.param("numberKey", HexFormat.of().formatHex(numberKey))
			.param("language", language)
			.param("text", text + " http://127.0.0.1:" + port + "/m/" + token)
			.param("token", token)
			.update();
		return token;
	}

}
