package fi.osaamo.platform;

import fi.osaamo.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import testsupport.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone-sized screen the long navigation of a signed-in HR specialist folds behind a
 * menu button; on a wide screen it is always shown.
 */
class NavigationBrowserTests extends BrowserTestSupport {

	@Test
	void theNavigationFoldsOnANarrowScreen() {
		signIn("demo-hr");
		browser.manage().window().setSize(new Dimension(390, 900));
		open("/jobs");
		var menu = browser.findElement(By.cssSelector("details.menu"));
		assertThat(menu.getAttribute("open")).isNull();
		assertThat(browser.findElement(By.cssSelector(".main-nav a[href='/studies']")).isDisplayed()).isFalse();
		Browser.assertAccessible(browser);
		screenshot("navigation-narrow-closed");
		menu.findElement(By.tagName("summary")).click();
		assertThat(browser.findElement(By.cssSelector(".main-nav a[href='/studies']")).isDisplayed()).isTrue();
		Browser.assertAccessible(browser);
		screenshot("navigation-narrow-open");

		browser.manage().window().setSize(new Dimension(1280, 900));
		open("/jobs");
		assertThat(browser.findElement(By.cssSelector("details.menu summary")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.cssSelector(".main-nav a[href='/studies']")).isDisplayed()).isTrue();
	}

}
