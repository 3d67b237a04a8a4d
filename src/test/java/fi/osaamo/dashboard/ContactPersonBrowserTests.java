package fi.osaamo.dashboard;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import fi.osaamo.BrowserTestSupport;
import fi.osaamo.opendata.OpenDataFixtures;
import fi.osaamo.opendata.imports.ImportRun;
import fi.osaamo.opendata.imports.ImportRunner;
import fi.osaamo.opendata.imports.SourceSettingsRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import testsupport.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A growth-team member adds a company's contact person, first with mistakes that the form
 * shows beside the fields with the input kept, then edits the person; in Finnish and in
 * Swedish, axe-core clean on every page.
 */
class ContactPersonBrowserTests extends BrowserTestSupport {

	@Autowired
	ImportRunner runner;

	@Autowired
	SourceSettingsRepository settings;

	@ParameterizedTest
	@CsvSource({ "fi, Yhteyshenkilöt, Yhteyshenkilö Laura Laine lisättiin., Henkilön Laura Laine tiedot tallennettiin.",
			"sv, Kontaktpersoner, Kontaktpersonen Laura Laine lades till., Uppgifterna om Laura Laine sparades." })
	void aContactPersonIsAddedAndEdited(String language, String heading, String added, String saved) throws Exception {
		var name = "Selainyhteys " + language + " Oy";
		var company = OpenDataFixtures.company(name, "092", "VANTAA");
		var businessId = company.get("businessId").get("value").asString();
		OpenDataFixtures.region(settings, "prh-companies", Set.of("092"));
		var file = Files.createTempFile("companies", ".json");
		Files.writeString(file, OpenDataFixtures.companies(List.of(company), 1));
		runner.runNow("prh-companies", ImportRun.Trigger.UPLOAD, file).orElseThrow();

		open("/?lang=" + language);
		signIn("demo-growth");
		open("/dashboard/companies/" + businessId);
		waitFor(By.id("contact-persons-heading"));
		assertThat(browser.findElement(By.id("contact-persons-heading")).getText()).isEqualTo(heading);
		assertThat(browser.findElement(By.id("no-persons")).isDisplayed()).isTrue();
		Browser.assertAccessible(browser);

		browser.findElement(By.id("add-person")).click();
		waitFor(By.id("save-person"));
		Browser.assertAccessible(browser);
		browser.findElement(By.id("phone")).sendKeys("12");
		browser.findElement(By.id("email")).sendKeys("laura@");
		browser.findElement(By.id("botOutreach")).click();
		((JavascriptExecutor) browser).executeScript("arguments[0].value = ''",
				browser.findElement(By.id("consentedOn")));
		browser.findElement(By.id("save-person")).click();
		waitFor(By.id("error-summary"));
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
		assertThat(browser.findElements(By.cssSelector("#error-summary li"))).hasSize(4);
		assertThat(browser.findElement(By.id("phone")).getAttribute("value")).isEqualTo("12");
		assertThat(browser.findElement(By.id("phone")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.findElement(By.id("name-error")).isDisplayed()).isTrue();
		Browser.assertAccessible(browser);
		screenshot("contact-person-refused-" + language);

		type("name", "Laura Laine");
		type("role", "Henkilöstöpäällikkö");
		type("phone", "040 123 4567");
		type("email", "laura.laine@selainyhteys.fi");
		browser.findElement(By.id("teamContact")).click();
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
				browser.findElement(By.id("consentedOn")), java.time.LocalDate.now().toString());
		new Select(browser.findElement(By.id("source"))).selectByValue("WEBSITE");
		browser.findElement(By.id("save-person")).click();
		waitFor(By.id("notice"));
		assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo(added);
		var list = browser.findElement(By.id("person-list")).getText();
		assertThat(list).contains("Laura Laine", "Henkilöstöpäällikkö", "+358 40 1234567",
				"laura.laine@selainyhteys.fi");
		Browser.assertAccessible(browser);
		screenshot("contact-persons-" + language);

		browser.findElement(By.cssSelector("#person-list a[id^='edit-person-']")).click();
		waitFor(By.id("remove-person"));
		assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Laura Laine");
		assertThat(browser.findElement(By.id("botOutreach")).isSelected()).isTrue();
		Browser.assertAccessible(browser);
		type("role", "Toimitusjohtaja");
		browser.findElement(By.id("save-person")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBe(By.id("notice"), saved));
		assertThat(browser.findElement(By.id("person-list")).getText()).contains("Toimitusjohtaja")
			.doesNotContain("Henkilöstöpäällikkö");
		Browser.assertAccessible(browser);
	}

	private void type(String field, String text) {
		var input = browser.findElement(By.id(field));
		input.clear();
		input.sendKeys(text);
	}

}
