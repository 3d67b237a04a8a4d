package fi.osaamo.account;

import java.time.Duration;

import fi.osaamo.BrowserTestSupport;
import fi.osaamo.SignIn;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import testsupport.browser.Browser;
import testsupport.oidc.OidcProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in as a person would, in headless Chromium: with a local account, and through a
 * real OpenID Connect provider. Every page visited is checked with axe-core.
 */
class SignInBrowserTests extends BrowserTestSupport {

	@Autowired
	IdentityManagement identities;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void anEmployeeSignsInAcceptsThePrivacyNoticeAndSwitchesLanguages() {
		open("/");
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fi");
		Browser.assertAccessible(browser);
		// A new employee, so that the privacy notice is surely still to be accepted.
		var username = "browser-employee-" + System.nanoTime();
		var person = identities.register(new NewPerson("Bruno", "Browser", null, null)).id();
		identities.createLocalAccount(person, username, passwords.encode(SignIn.PASSWORD));
		organisations.addMember(
				organisations.list("Konepaja Kallio", OrganisationType.COMPANY, 0, 1).items().get(0).id(), person,
				Role.EMPLOYEE);
		open("/login");
		Browser.assertAccessible(browser);
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(SignIn.PASSWORD);
		browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();

		waitFor(By.id("accept-privacy"));
		assertThat(browser.getCurrentUrl()).contains("/privacy/accept");
		Browser.assertAccessible(browser);
		browser.findElement(By.id("accept-privacy")).click();

		waitFor(By.cssSelector("main h1"));
		assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Osaamista koko alueelle");
		assertThat(browser.findElement(By.className("user-name")).getText()).startsWith("Kirjautuneena:");
		Browser.assertAccessible(browser);

		switchLanguage("svenska");
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("sv");
		assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Kompetens för hela regionen");
		Browser.assertAccessible(browser);

		switchLanguage("English");
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		assertThat(browser.findElement(By.cssSelector("main h1")).getText())
			.isEqualTo("Competence for the whole region");
		Browser.assertAccessible(browser);

		open("/account");
		assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("My profile");
		Browser.assertAccessible(browser);
		open("/account/data");
		Browser.assertAccessible(browser);
		open("/account/delete");
		Browser.assertAccessible(browser);
		open("/organisations");
		Browser.assertAccessible(browser);
		browser.findElement(By.cssSelector("main .results a")).click();
		waitFor(By.cssSelector("main dl.facts"));
		Browser.assertAccessible(browser);
		open("/taxonomy?q=weldng");
		assertThat(browser.findElement(By.cssSelector("#taxonomy-results")).getText()).containsIgnoringCase("weld");
		Browser.assertAccessible(browser);
		browser.findElement(By.cssSelector("#taxonomy-results a")).click();
		waitFor(By.cssSelector("main h1"));
		Browser.assertAccessible(browser);
		open("/no-such-page");
		assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Page not found");
		Browser.assertAccessible(browser);
	}

	@Test
	void aPersonSignsInThroughTheOpenIdConnectProvider() {
		open("/login");
		browser.findElement(By.id("oidc-login")).click();

		// The provider's own sign-in page.
		waitFor(By.id("username"));
		assertThat(browser.getCurrentUrl()).startsWith(OidcProvider.issuer());
		browser.findElement(By.id("username")).sendKeys(OidcProvider.USERNAME);
		browser.findElement(By.id("password")).sendKeys(OidcProvider.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();

		waitFor(By.id("accept-privacy"));
		assertThat(browser.getCurrentUrl()).startsWith(url("/privacy/accept"));
		browser.findElement(By.id("accept-privacy")).click();
		waitFor(By.className("user-name"));

		open("/account");
		var details = browser.findElement(By.cssSelector("dl.facts")).getText();
		assertThat(details).contains("Kyllä");
		// The name comes from the e-identification, into the editable profile.
		assertThat(browser.findElement(By.id("givenName")).getAttribute("value")).isEqualTo(OidcProvider.GIVEN_NAME);
		assertThat(browser.findElement(By.id("familyName")).getAttribute("value")).isEqualTo(OidcProvider.FAMILY_NAME);
		assertThat(browser.findElement(By.className("user-name")).getText()).doesNotContain(OidcProvider.GIVEN_NAME);
		Browser.assertAccessible(browser);
	}

	@Test
	void anAdministratorManagesOrganisations() {
		open("/?lang=en");
		signIn("demo-admin");

		open("/organisations?q=Kallio");
		assertThat(browser.findElement(By.cssSelector("main table")).getText()).contains("Konepaja Kallio Oy");
		Browser.assertAccessible(browser);

		open("/organisations/new");
		Browser.assertAccessible(browser);
		browser.findElement(By.id("name")).sendKeys("Selaintesti Oy");
		browser.findElement(By.id("businessId")).sendKeys("1234567-8");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor(By.id("businessId-error"));
		assertThat(browser.findElement(By.id("businessId-error")).getText()).contains("1234567-8");
		assertThat(browser.findElement(By.id("name")).getDomProperty("value")).isEqualTo("Selaintesti Oy");
		Browser.assertAccessible(browser);

		browser.findElement(By.id("businessId")).clear();
		browser.findElement(By.id("businessId")).sendKeys("0201256-6");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor(By.id("members-heading"));
		assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Selaintesti Oy");
		Browser.assertAccessible(browser);

		open("/taxonomy/import");
		Browser.assertAccessible(browser);
	}

	private void switchLanguage(String name) {
		browser.findElement(By.linkText(name)).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(ExpectedConditions.attributeContains(By.linkText(name), "aria-current", "true"));
	}

}
