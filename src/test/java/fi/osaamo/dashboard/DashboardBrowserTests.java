package fi.osaamo.dashboard;

import fi.osaamo.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import testsupport.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The growth team filters the region's companies, with the keyboard-usable form, checked
 * with axe-core, also on a narrow screen.
 */
class DashboardBrowserTests extends BrowserTestSupport {

	@org.springframework.beans.factory.annotation.Autowired
	fi.osaamo.opendata.imports.ImportRunner runner;

	@org.springframework.beans.factory.annotation.Autowired
	fi.osaamo.opendata.imports.SourceSettingsRepository settings;

	@Test
	void theGrowthTeamFiltersTheCompanies() throws Exception {
		fi.osaamo.opendata.OpenDataFixtures.region(settings, "prh-companies", java.util.Set.of("092"));
		var file = java.nio.file.Files.createTempFile("companies", ".json");
		java.nio.file.Files
			.writeString(file,
					fi.osaamo.opendata.OpenDataFixtures.companies(java.util.List
						.of(fi.osaamo.opendata.OpenDataFixtures.company("Selaintestin Konepaja Oy", "092", "VANTAA")),
							1));
		runner.runNow("prh-companies", fi.osaamo.opendata.imports.ImportRun.Trigger.UPLOAD, file).orElseThrow();
		signIn("demo-growth");
		open("/");
		browser.findElement(By.cssSelector(".main-nav a[href='/dashboard/companies']")).click();
		waitFor(By.id("search-companies"));
		Browser.assertAccessible(browser);
		new Select(browser.findElement(By.id("municipality"))).selectByValue("092");
		new Select(browser.findElement(By.id("sort"))).selectByValue("NEWEST");
		browser.findElement(By.id("search-companies")).click();
		// A test that ran before may have published a new privacy notice: accept it if
		// asked.
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
			.until(driver -> !driver.findElements(By.id("accept-privacy")).isEmpty()
					|| driver.getCurrentUrl().contains("sort=NEWEST"));
		if (!browser.findElements(By.id("accept-privacy")).isEmpty()) {
			browser.findElement(By.id("accept-privacy")).click();
			open("/dashboard/companies?municipality=092&sort=NEWEST");
		}
		waitFor(By.id("search-companies"));
		assertThat(browser.getCurrentUrl()).contains("municipality=092").contains("sort=NEWEST");
		assertThat(
				new Select(browser.findElement(By.id("municipality"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("092");
		Browser.assertAccessible(browser);
		screenshot("dashboard-companies");
		browser.manage().window().setSize(new Dimension(390, 900));
		open("/dashboard/companies?municipality=092");
		Browser.assertAccessible(browser);
		screenshot("dashboard-companies-narrow");
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

}
