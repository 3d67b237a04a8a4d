package fi.osaamo.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.osaamo.BrowserTestSupport;
import fi.osaamo.companies.FollowUps;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.opendata.OpenDataFixtures;
import fi.osaamo.opendata.imports.ImportRun;
import fi.osaamo.opendata.imports.ImportRunner;
import fi.osaamo.opendata.imports.SourceSettingsRepository;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import testsupport.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account manager's main path in a real browser: find a company, open its page, name
 * oneself its account manager, log a contact, chart a need, refer it to a service, and
 * receive the follow-up reminder by e-mail (GreenMail); then export the companies to
 * Excel and read the file back; and filter the list by the team's records, save the
 * filter and name an account manager for several companies at once. Every page is checked
 * with axe-core.
 */
class AccountManagementBrowserTests extends BrowserTestSupport {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	ImportRunner runner;

	@Autowired
	SourceSettingsRepository settings;

	@Autowired
	FollowUps followUps;

	@Autowired
	IdentityManagement identities;

	@Test
	void anAccountManagerLogsAContactChartsANeedRefersItAndIsReminded() throws Exception {
		var company = OpenDataFixtures.company("Selainpolun Konepaja Oy", "092", "VANTAA");
		var businessId = company.get("businessId").get("value").asString();
		OpenDataFixtures.region(settings, "prh-companies", Set.of("092"));
		var file = Files.createTempFile("companies", ".json");
		Files.writeString(file, OpenDataFixtures.companies(List.of(company), 1));
		runner.runNow("prh-companies", ImportRun.Trigger.UPLOAD, file).orElseThrow();
		var me = identities.findByUsername("demo-growth").orElseThrow();

		signIn("demo-growth");
		browser.findElement(By.cssSelector(".main-nav a[href='/dashboard']")).click();
		waitFor(By.id("follow-ups-heading"));
		Browser.assertAccessible(browser);
		browser.findElement(By.cssSelector(".subnav a[href='/dashboard/companies']")).click();
		waitFor(By.id("search-companies"));
		browser.findElement(By.id("q")).sendKeys("Selainpolun");
		browser.findElement(By.id("search-companies")).click();
		waitFor(By.linkText("Selainpolun Konepaja Oy"));
		browser.findElement(By.linkText("Selainpolun Konepaja Oy")).click();
		waitFor(By.id("account-heading"));
		Browser.assertAccessible(browser);

		new Select(browser.findElement(By.id("manager"))).selectByValue(me.id().value().toString());
		browser.findElement(By.id("save-manager")).click();
		waitForSaved("saved=manager");

		browser.findElement(By.id("participants")).sendKeys("Toimitusjohtaja Laine");
		browser.findElement(By.id("topics")).sendKeys("rekrytointi, automaatio");
		browser.findElement(By.id("notes")).sendKeys("Tarvitsevat automaatioasentajia keväällä.");
		browser.findElement(By.id("log-contact")).click();
		waitForSaved("saved=contact");
		assertThat(browser.findElement(By.id("contact-log")).getText()).contains("Toimitusjohtaja Laine",
				"Tarvitsevat automaatioasentajia keväällä.");

		new Select(browser.findElement(By.id("kind"))).selectByValue("WORKFORCE");
		new Select(browser.findElement(By.id("urgency"))).selectByValue("HIGH");
		browser.findElement(By.id("description")).sendKeys("Kaksi automaatioasentajaa");
		browser.findElement(By.id("chart-need")).click();
		waitForSaved("saved=need");
		Browser.assertAccessible(browser);

		var need = browser.findElement(By.cssSelector("#need-list > li"));
		var needId = need.getAttribute("id").substring("need-".length());
		need.findElement(By.cssSelector("details summary")).click();
		new Select(browser.findElement(By.id("service-" + needId)))
			.selectByVisibleText("Teknologiamuutoksen tuki – Rantalan kehitysyhtiö");
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
				browser.findElement(By.id("followUpOn-" + needId)), LocalDate.now().toString());
		browser.findElement(By.id("refer-" + needId)).click();
		waitForSaved("saved=refer");
		assertThat(browser.findElement(By.id("need-" + needId)).getText()).contains("Teknologiamuutoksen tuki");
		Browser.assertAccessible(browser);
		screenshot("dashboard-company");

		followUps.sendDue();
		assertThat(mail.waitForIncomingEmail(15_000, 1)).isTrue();
		var reminder = Arrays.stream(mail.getReceivedMessagesForDomain("demo.osaamo.invalid"))
			.filter(message -> subject(message).contains("Selainpolun Konepaja Oy"))
			.findFirst()
			.orElseThrow();
		assertThat(reminder.getAllRecipients()[0].toString()).isEqualTo("demo-growth@demo.osaamo.invalid");
		assertThat((String) reminder.getContent()).contains("Kaksi automaatioasentajaa", "Teknologiamuutoksen tuki",
				"/dashboard/companies/" + businessId + "#need-" + needId);

		browser.findElement(By.cssSelector(".subnav a[href='/dashboard/my-work']")).click();
		waitFor(By.id("follow-ups"));
		assertThat(browser.findElement(By.id("follow-ups")).getText()).contains("Selainpolun Konepaja Oy");
		Browser.assertAccessible(browser);
		screenshot("dashboard-my-work");
		browser.manage().window().setSize(new Dimension(390, 900));
		open("/dashboard/companies/" + businessId);
		Browser.assertAccessible(browser);
		screenshot("dashboard-company-narrow");
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void theCompanyListIsExportedToExcel() throws Exception {
		var company = OpenDataFixtures.company("Excelvientien Testi Oy", "092", "VANTAA");
		OpenDataFixtures.region(settings, "prh-companies", Set.of("092"));
		var file = Files.createTempFile("companies", ".json");
		Files.writeString(file, OpenDataFixtures.companies(List.of(company), 1));
		runner.runNow("prh-companies", ImportRun.Trigger.UPLOAD, file).orElseThrow();

		signIn("demo-growth");
		open("/dashboard/companies?q=Excelvientien");
		waitFor(By.id("export-xlsx"));
		var link = browser.findElement(By.id("export-xlsx")).getAttribute("href");
		var session = browser.manage().getCookieNamed("SESSION");
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(link))
				.header("Cookie", session.getName() + "=" + session.getValue())
				.header("Accept-Language", "fi")
				.build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("companies.xlsx");
		try (var workbook = new XSSFWorkbook(response.body())) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Yritys");
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Excelvientien Testi Oy");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
				.isEqualTo(company.get("businessId").get("value").asString());
		}
	}

	@Test
	void theListFiltersByTheTeamsRecordsSavesTheFilterAndAssignsAManagerInBulk() throws Exception {
		var prefix = "Salkkuselain" + Long.toString(System.nanoTime(), 36);
		var companies = List.of(OpenDataFixtures.company(prefix + " Yksi Oy", "092", "VANTAA"),
				OpenDataFixtures.company(prefix + " Kaksi Oy", "092", "VANTAA"));
		OpenDataFixtures.region(settings, "prh-companies", Set.of("092"));
		var file = Files.createTempFile("companies", ".json");
		Files.writeString(file, OpenDataFixtures.companies(companies, 2));
		runner.runNow("prh-companies", ImportRun.Trigger.UPLOAD, file).orElseThrow();
		var me = identities.findByUsername("demo-growth").orElseThrow();

		signIn("demo-growth");
		open("/dashboard/companies?q=" + prefix);
		waitFor(By.id("saved-filters"));
		new Select(browser.findElement(By.id("manager"))).selectByValue("none");
		new Select(browser.findElement(By.id("noContactMonths"))).selectByValue("6");
		browser.findElement(By.id("search-companies")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("noContactMonths=6"));
		waitFor(By.id("assign-form"));
		assertThat(browser.findElements(By.cssSelector("#assign-form tbody tr"))).hasSize(2);
		Browser.assertAccessible(browser);

		browser.findElement(By.id("filterName")).sendKeys(prefix);
		browser.findElement(By.id("save-filter")).click();
		waitFor(By.id("notice"));
		assertThat(browser.findElement(By.id("saved-filters")).getText()).contains(prefix);

		browser.findElement(By.id("assign-manager")).click();
		waitFor(By.id("error-summary"));
		Browser.assertAccessible(browser);
		browser.findElements(By.cssSelector("#assign-form input[name='companies']")).forEach(box -> box.click());
		new Select(browser.findElement(By.id("assignManager"))).selectByValue(me.id().value().toString());
		browser.findElement(By.id("assign-manager")).click();
		waitFor(By.id("confirm-assign"));
		assertThat(browser.findElements(By.cssSelector("#assign-companies li"))).hasSize(2);
		Browser.assertAccessible(browser);
		browser.findElement(By.id("confirm-assign")).click();
		waitFor(By.id("notice"));
		// The filter asked for companies without an account manager: now there are none.
		assertThat(browser.findElement(By.id("no-companies")).isDisplayed()).isTrue();
		Browser.assertAccessible(browser);
		open("/dashboard/companies?manager=me&q=" + prefix);
		assertThat(browser.findElement(By.id("companies-caption")).findElement(By.xpath("ancestor::table")).getText())
			.contains(prefix + " Yksi Oy", prefix + " Kaksi Oy");
		browser.manage().window().setSize(new Dimension(390, 900));
		Browser.assertAccessible(browser);
		screenshot("dashboard-companies-accounts-narrow");
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	private void waitForSaved(String saved) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(saved));
		waitFor(By.cssSelector(".alert--success"));
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
