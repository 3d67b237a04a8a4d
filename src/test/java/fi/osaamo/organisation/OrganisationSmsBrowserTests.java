package fi.osaamo.organisation;

import java.util.UUID;

import fi.osaamo.BrowserTestSupport;
import fi.osaamo.TestCompanies;
import fi.osaamo.TestUsers;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.messaging.SmsSettingsManagement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import testsupport.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation's administrator sets its sender id and quiet hours as they would: from
 * the organisation's page, a refused sender id explained beside its field and kept, then
 * saved with a notice; in Finnish, Swedish and English, every state checked with axe.
 */
class OrganisationSmsBrowserTests extends BrowserTestSupport {

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	SmsSettingsManagement settings;

	@Test
	void inFinnish() {
		setsTheSenderIdAndQuietHours("fi", "Tekstiviestien asetukset", "Tekstiviestien asetukset tallennettiin.");
	}

	@Test
	void inSwedish() {
		setsTheSenderIdAndQuietHours("sv", "Inställningar för textmeddelanden",
				"Inställningarna för textmeddelanden sparades.");
	}

	@Test
	void inEnglish() {
		setsTheSenderIdAndQuietHours("en", "Text message settings", "The text message settings were saved.");
	}

	private void setsTheSenderIdAndQuietHours(String language, String heading, String notice) {
		var company = organisations
			.create(new NewOrganisation(OrganisationType.COMPANY, "Viestipaja Oy " + UUID.randomUUID(),
					TestCompanies.businessId(), "092", "25"))
			.id();
		var admin = new TestUsers(identities, organisations, passwords).account("sms-admin");
		organisations.addMember(company, admin.id(), Role.ADMIN);
		signIn(admin.username());
		open("/organisations/" + company + "?lang=" + language);
		waitFor(By.id("sms-heading"));
		Browser.assertAccessible(browser);
		browser.findElement(By.cssSelector("a[href='/organisations/" + company + "/sms']")).click();
		waitFor(By.id("senderId"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
		Browser.assertAccessible(browser);
		screenshot("sms-settings-" + language);

		browser.findElement(By.id("senderId")).sendKeys("Liian pitkä nimi!");
		browser.findElement(By.id("save-sms-settings")).click();
		waitFor(By.id("senderId-error"));
		assertThat(browser.findElement(By.id("senderId")).getAttribute("value")).isEqualTo("Liian pitkä nimi!");
		assertThat(browser.findElement(By.id("senderId")).getAttribute("aria-invalid")).isEqualTo("true");
		Browser.assertAccessible(browser);
		screenshot("sms-settings-refused-" + language);

		browser.findElement(By.id("senderId")).clear();
		browser.findElement(By.id("senderId")).sendKeys("Viestipaja");
		browser.findElement(By.cssSelector("label[for=quietWeekends]")).click();
		browser.findElement(By.id("save-sms-settings")).click();
		waitFor(By.id("notice"));
		assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo(notice);
		assertThat(settings.of(company.value()).senderId()).isEqualTo("Viestipaja");
		assertThat(settings.of(company.value()).quietWeekends()).isTrue();
		Browser.assertAccessible(browser);
		screenshot("sms-settings-saved-" + language);
	}

}
