package fi.osaamo.account;

import java.time.Duration;

import fi.osaamo.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import testsupport.browser.Browser;
import testsupport.oidc.OidcProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Signing in as a person would, in headless Chromium: with a local account, and through a
 * real OpenID Connect provider. Every page visited is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInBrowserTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	@DynamicPropertySource
	static void oidcProvider(DynamicPropertyRegistry registry) {
		if (!Browser.available()) {
			return;
		}
		var registration = "spring.security.oauth2.client.registration.oidc.";
		registry.add(registration + "client-id", () -> OidcProvider.CLIENT_ID);
		registry.add(registration + "client-secret", () -> OidcProvider.CLIENT_SECRET);
		registry.add(registration + "scope", () -> "openid,profile,email");
		registry.add(registration + "authorization-grant-type", () -> "authorization_code");
		registry.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
		registry.add("spring.security.oauth2.client.provider.oidc.issuer-uri", OidcProvider::issuer);
	}

	@BeforeEach
	void openBrowser() throws Exception {
		assumeTrue(Browser.available(), "Chromium and ChromeDriver are not installed: run .ci/run to install them");
		browser = Browser.start("fi-FI,fi");
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anEmployeeSignsInAcceptsThePrivacyNoticeAndSwitchesLanguages() {
		open("/");
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fi");
		Browser.assertAccessible(browser);
		open("/login");
		Browser.assertAccessible(browser);
		browser.findElement(By.id("username")).sendKeys("demo-employee");
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
		assertThat(details).contains(OidcProvider.GIVEN_NAME + " " + OidcProvider.FAMILY_NAME).contains("Kyllä");
		assertThat(browser.findElement(By.className("user-name")).getText()).doesNotContain(OidcProvider.GIVEN_NAME);
		Browser.assertAccessible(browser);
	}

	@Test
	void anAdministratorManagesOrganisations() {
		open("/login?lang=en");
		browser.findElement(By.id("username")).sendKeys("demo-admin");
		browser.findElement(By.id("password")).sendKeys(SignIn.PASSWORD);
		browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
		waitFor(By.id("accept-privacy"));
		browser.findElement(By.id("accept-privacy")).click();
		waitFor(By.className("user-name"));

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
			.until(ExpectedConditions.attributeContains(By.linkText(name), "aria-current", "true"));
	}

	private void open(String path) {
		browser.get(url(path));
	}

	private String url(String path) {
		// 127.0.0.1, not localhost: the provider accepts any port on a loopback address
		// (RFC 8252), and the two servers keep apart cookies.
		return "http://127.0.0.1:" + port + path;
	}

	private void waitFor(By element) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(element));
	}

}
