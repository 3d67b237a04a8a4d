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

	@Test
	void theGrowthTeamFiltersTheCompanies() {
		signIn("demo-growth");
		open("/");
		browser.findElement(By.cssSelector(".main-nav a[href='/dashboard/companies']")).click();
		waitFor(By.id("search-companies"));
		Browser.assertAccessible(browser);
		new Select(browser.findElement(By.id("municipality"))).selectByValue("092");
		new Select(browser.findElement(By.id("sort"))).selectByValue("NEWEST");
		browser.findElement(By.id("search-companies")).click();
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
