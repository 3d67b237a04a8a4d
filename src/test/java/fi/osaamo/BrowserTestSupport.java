package fi.osaamo;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
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

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The base of the browser tests: the application on a random port, configured with the
 * test OpenID Connect provider (so all browser tests share one application context), and
 * a headless Chromium per test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTestSupport {

	@LocalServerPort
	protected int port;

	protected WebDriver browser;

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

	/** One Chromium for a class's tests: starting one takes longer than most steps. */
	private static @Nullable WebDriver shared;

	@BeforeEach
	void openBrowser() throws Exception {
		assumeTrue(Browser.available(), "Chromium and ChromeDriver are not installed: run .ci/run to install them");
		if (shared == null) {
			shared = Browser.start(acceptLanguage());
		}
		else {
			Browser.forget(shared);
		}
		browser = shared;
	}

	@AfterAll
	static void closeBrowser() {
		if (shared != null) {
			shared.quit();
			shared = null;
		}
	}

	protected String acceptLanguage() {
		return "fi-FI,fi";
	}

	protected void open(String path) {
		browser.get(url(path));
	}

	protected String url(String path) {
		// 127.0.0.1, not localhost: the provider accepts any port on a loopback address
		// (RFC 8252), and the two servers keep apart cookies.
		return "http://127.0.0.1:" + port + path;
	}

	protected void waitFor(By element) {
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(ExpectedConditions.presenceOfElementLocated(element));
	}

	/**
	 * Saves what the browser shows to {@code target/screenshots}, for reviewers.
	 * @param name the file name without extension
	 */
	protected void screenshot(String name) {
		try {
			var png = ((org.openqa.selenium.TakesScreenshot) browser)
				.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
			var directory = java.nio.file.Path.of("target", "screenshots");
			java.nio.file.Files.createDirectories(directory);
			java.nio.file.Files.write(directory.resolve(name + ".png"), png);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * Signs in with the sign-in form and accepts the privacy notice.
	 * @param username the user name
	 */
	protected void signIn(String username) {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(SignIn.PASSWORD);
		browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
		waitFor(By.cssSelector("main h1"));
		if (Browser.present(browser, By.id("accept-privacy"))) {
			Browser.assertAccessible(browser);
			browser.findElement(By.id("accept-privacy")).click();
			waitFor(By.className("user-name"));
		}
	}

}
