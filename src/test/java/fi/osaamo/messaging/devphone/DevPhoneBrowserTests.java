package fi.osaamo.messaging.devphone;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import fi.osaamo.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import testsupport.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated phones on a phone-sized screen: a stranger's number is opened, a refused
 * reply is explained, LOPETA sent as that phone is confirmed by Osaamo over the simulated
 * SMSC, and the thread shows the confirmation by itself. Checked with axe in Finnish,
 * Swedish and English.
 */
class DevPhoneBrowserTests extends BrowserTestSupport {

	@Test
	void aPhoneSaysStopAndTheConfirmationComesIntoItsThread() {
		var number = "+35850" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
		signIn("demo-employee");
		browser.manage().window().setSize(new Dimension(390, 1600));
		open("/dev/phone");
		assertThat(browser.findElement(By.id("simulator-banner")).getText())
			.isEqualTo("Simuloidut puhelimet – oikeita tekstiviestejä ei lähetetä.");
		Browser.assertAccessible(browser);
		screenshot("dev-phone-fi");

		browser.findElement(By.id("open-number")).sendKeys(number.substring(4));
		browser.findElement(By.cssSelector(".dev-phone-open button")).click();
		waitFor(By.id("reply-text"));
		((JavascriptExecutor) browser)
			.executeScript("document.getElementById('reply-text').removeAttribute('required')");
		browser.findElement(By.id("send-reply")).click();
		waitFor(By.id("reply-text-error"));
		Browser.assertAccessible(browser);

		browser.findElement(By.id("reply-text")).sendKeys("Lopeta");
		browser.findElement(By.id("send-reply")).click();
		waitFor(By.id("notice"));
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> driver.findElement(By.id("thread"))
			.getText()
			.contains("Osaamo: et saa enää viestejä tähän numeroon."));
		assertThat(browser.findElements(By.cssSelector("#thread .sms-bubble--out"))).hasSize(1);
		assertThat(browser.findElements(By.cssSelector("#thread .sms-bubble--in"))).hasSize(1);
		Browser.assertAccessible(browser);
		screenshot("dev-phone-thread-fi");

		for (var language : new String[] { "sv", "en" }) {
			browser.get(browser.getCurrentUrl().replaceAll("&lang=..", "") + "&lang=" + language);
			waitFor(By.id("thread"));
			assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
			Browser.assertAccessible(browser);
			screenshot("dev-phone-thread-" + language);
		}
	}

}
