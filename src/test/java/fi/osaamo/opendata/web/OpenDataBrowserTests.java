package fi.osaamo.opendata.web;

import java.nio.file.Files;

import fi.osaamo.BrowserTestSupport;
import fi.osaamo.opendata.OpenDataFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import testsupport.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator uploads a job-ad file instead of fetching it and follows the run; an
 * employee previews their Työmarkkinatori profile before adding it. In Swedish, checked
 * with axe-core.
 */
class OpenDataBrowserTests extends BrowserTestSupport {

	@org.springframework.beans.factory.annotation.Autowired
	fi.osaamo.identity.IdentityManagement identities;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.security.crypto.password.PasswordEncoder passwords;

	@Override
	protected String acceptLanguage() {
		return "sv";
	}

	@Test
	void anAdministratorUploadsAFileAndFollowsTheRun() throws Exception {
		signIn("demo-admin");
		open("/opendata");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Källor för öppna data");
		Browser.assertAccessible(browser);
		browser.findElement(By.cssSelector("a[href='/opendata/sources/jobposting-feed']")).click();
		waitFor(By.id("upload"));
		Browser.assertAccessible(browser);
		var feed = Files.createTempFile("feed", ".jsonld");
		Files.writeString(feed, """
				[{"@type": "JobPosting", "identifier": "browser-1", "title": "Lagerarbetare",
				  "jobLocation": {"address": {"addressLocality": "Vanda"}}},
				 {"@type": "JobPosting", "identifier": "browser-2", "title": 7}]""");
		browser.findElement(By.id("file")).sendKeys(feed.toAbsolutePath().toString());
		browser.findElement(By.id("upload")).click();
		waitFor(By.id("progress"));
		// htmx replaces the progress block while it polls: find it afresh each time.
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(driver -> driver.findElement(By.id("progress")).getText().contains("Klar")
					&& !driver.findElements(By.tagName("table")).isEmpty());
		assertThat(browser.findElement(By.tagName("table")).getText()).contains("browser-2")
			.contains("Ett fält har fel typ");
		Browser.assertAccessible(browser);
		screenshot("opendata-run-sv");

		browser.manage().window().setSize(new Dimension(390, 900));
		open("/opendata/sources/jobposting-feed");
		Browser.assertAccessible(browser);
		screenshot("opendata-source-narrow-sv");
		// A source that reads incrementally shows where it continues, and can start over.
		sourceSettings.saveSyncState("prh-financials", "registered:2026-01-15");
		open("/opendata/sources/prh-financials");
		waitFor(By.id("forget-sync"));
		assertThat(browser.findElement(By.id("sync-state")).getText()).isEqualTo("registered:2026-01-15");
		Browser.assertAccessible(browser);
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@org.springframework.beans.factory.annotation.Autowired
	fi.osaamo.opendata.imports.SourceSettingsRepository sourceSettings;

	@Test
	void anEmployeePreviewsTheirProfileBeforeAddingIt() throws Exception {
		var username = "tori-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		var person = identities.register(new fi.osaamo.identity.NewPerson("Tove", "Torg", null, null)).id();
		identities.createLocalAccount(person, username, passwords.encode(fi.osaamo.SignIn.PASSWORD));
		signIn(username);
		open("/competence");
		browser.findElement(By.cssSelector("a[href='/opendata/profile']")).click();
		waitFor(By.id("preview-profile"));
		Browser.assertAccessible(browser);
		var file = Files.createTempFile("profile", ".json");
		Files.writeString(file, OpenDataFixtures.resource("tmt_profile_export_mock.json"));
		browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		browser.findElement(By.id("preview-profile")).click();
		waitFor(By.id("confirm-import"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Vad som skulle läggas till");
		Browser.assertAccessible(browser);
		screenshot("opendata-profile-preview-sv");
		browser.findElement(By.id("confirm-import")).click();
		waitFor(By.cssSelector(".alert--success"));
		assertThat(browser.findElement(By.cssSelector(".alert--success")).getText()).contains("färdigheter lades till");
	}

}
