package testsupport.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Debian Chromium driven by Selenium, with an axe-core check of WCAG 2.1 AA.
 */
public final class Browser {

	private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(2);

	private static final int WIDTH = 1280;

	private static final int HEIGHT = 2400;

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private Browser() {
	}

	/**
	 * Whether Chromium is here. Developers without it skip the browser tests; CI never
	 * does.
	 * @return whether the browser tests can run
	 */
	public static boolean available() {
		return (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) || System.getenv("CI") != null;
	}

	public static WebDriver start(String acceptLanguage) throws Exception {
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--window-size=" + WIDTH + "," + HEIGHT,
				"--user-data-dir=" + Files.createTempDirectory("osaamo-chromium"));
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		var driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
		return driver;
	}

	/**
	 * Makes a used browser as good as new for the next test: a blank page, no cookies on
	 * any site (so nobody is signed in, here or at the identity provider; Osaamo keeps
	 * nothing in the browser's storage), the first window at the starting size.
	 * @param driver the browser
	 */
	public static void forget(WebDriver driver) {
		var windows = new java.util.ArrayList<>(driver.getWindowHandles());
		for (int i = 1; i < windows.size(); i++) {
			driver.switchTo().window(windows.get(i)).close();
		}
		driver.switchTo().window(windows.get(0));
		driver.get("about:blank");
		var chromium = (org.openqa.selenium.chromium.ChromiumDriver) driver;
		chromium.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(WIDTH, HEIGHT));
	}

	/**
	 * Whether an element is on the page now, without the implicit wait: for a page that
	 * has loaded, where the element's absence is the usual answer.
	 * @param driver the browser
	 * @param element what to look for
	 */
	public static boolean present(WebDriver driver, org.openqa.selenium.By element) {
		var timeouts = driver.manage().timeouts();
		timeouts.implicitlyWait(Duration.ZERO);
		try {
			return !driver.findElements(element).isEmpty();
		}
		finally {
			timeouts.implicitlyWait(IMPLICIT_WAIT);
		}
	}

	/**
	 * Asserts that axe-core finds no WCAG 2.1 A or AA violation on the current page. Axe
	 * runs in the page itself (legacy mode): no page of ours has frames, and the newer
	 * mode opens a window of its own for every check.
	 * @param driver the browser
	 */
	public static void assertAccessible(WebDriver driver) {
		var results = new AxeBuilder().setLegacyMode(true)
			.disableIframeTesting()
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(driver);
		var violations = results.getViolations()
			.stream()
			.map(violation -> violation.getId() + ": " + violation.getHelp() + " at "
					+ violation.getNodes()
						.stream()
						.map(node -> String.valueOf(node.getTarget()))
						.collect(Collectors.joining(", ")))
			.toList();
		assertThat(violations).as("WCAG 2.1 AA violations on %s", driver.getCurrentUrl()).isEmpty();
		assertFitsPhone(driver);
	}

	/**
	 * Asserts that the current page does not scroll sideways on a 390 px wide phone, then
	 * gives the window its width back.
	 * @param driver the browser
	 */
	public static void assertFitsPhone(WebDriver driver) {
		var window = driver.manage().window();
		var size = window.getSize();
		window.setSize(new org.openqa.selenium.Dimension(PHONE_WIDTH, size.getHeight()));
		try {
			var overflow = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(WIDER_THAN_SCREEN);
			assertThat(overflow).as("Elements wider than a %d px phone on %s", PHONE_WIDTH, driver.getCurrentUrl())
				.isEmpty();
		}
		finally {
			window.setSize(size);
		}
	}

	/** The width of a common phone's screen in CSS pixels (iPhone 12 to 15). */
	static final int PHONE_WIDTH = 390;

	/**
	 * Names the elements that stick out to the right of the screen, if the page scrolls.
	 */
	private static final String WIDER_THAN_SCREEN = """
			var root = document.documentElement;
			if (root.scrollWidth <= root.clientWidth) { return ""; }
			var out = [];
			document.querySelectorAll("body *").forEach(function (element) {
			  var box = element.getBoundingClientRect();
			  if (box.right > root.clientWidth + 1 && out.length < 8) {
			    out.push(element.tagName.toLowerCase() + (element.id ? "#" + element.id : "")
			      + (element.className && typeof element.className === "string" ? "." + element.className.split(" ").join(".") : "")
			      + " right=" + Math.round(box.right));
			  }
			});
			return "page " + root.scrollWidth + " px wide: " + out.join(", ");""";

}
