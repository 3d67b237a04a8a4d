package fi.osaamo.coach;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import fi.osaamo.BrowserTestSupport;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import testsupport.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo school's staff in Finnish and Swedish: the list of the cohort, the import
 * page, a preview explaining the one bad row, the list again with the rows taken, the
 * message matrix with one apprentice's messages, and a status query rejected with what
 * was typed kept; each page axe-core clean and fitting a phone.
 */
class CoachImportBrowserTests extends BrowserTestSupport {

	@Autowired
	OrganisationManagement organisations;

	@ParameterizedTest
	@ValueSource(strings = { "fi", "sv" })
	void schoolStaffImportApprenticesAndPreviewTheirMessages(String language) throws Exception {
		open("/?lang=" + language);
		signIn("demo-school");
		open("/coach");
		waitFor(By.id("apprenticeships"));
		check("coach-list-" + language);

		browser.findElement(By.id("import-apprenticeships")).click();
		waitFor(By.id("preview-import"));
		check("coach-import-" + language);

		var file = Files.createTempFile("apprentices", ".csv");
		Files.writeString(file, csv(), StandardCharsets.UTF_8);
		browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		browser.findElement(By.id("preview-import")).click();
		waitFor(By.id("import-summary"));
		assertThat(browser.findElement(By.id("rejected-rows")).getText()).contains("3");
		check("coach-preview-" + language);

		browser.findElement(By.id("confirm-import")).click();
		waitFor(By.id("notice"));
		assertThat(browser.findElement(By.id("notice")).getText()).contains("1");
		check("coach-imported-" + language);
		matrixPreviewAndARejectedQuery(language);
	}

	/**
	 * The matrix with one apprentice's messages, then a query rejected with its values
	 * kept.
	 */
	private void matrixPreviewAndARejectedQuery(String language) {
		open("/coach");
		waitFor(By.id("open-matrix"));
		browser.findElement(By.id("open-matrix")).click();
		waitFor(By.id("matrix-version"));
		browser.findElement(By.id("preview-matrix")).click();
		waitFor(By.id("matrix-preview"));
		check("coach-matrix-" + language);

		browser.findElement(By.id("add-query")).click();
		waitFor(By.id("save-query"));
		browser.findElement(By.id("textFi")).sendKeys("Miten viikko meni?");
		browser.findElement(By.id("save-query")).click();
		waitFor(By.id("error-summary"));
		assertThat(browser.findElement(By.id("textFi")).getAttribute("value")).isEqualTo("Miten viikko meni?");
		assertThat(Browser.present(browser, By.id("textSv-error"))).isTrue();
		check("coach-query-rejected-" + language);
	}

	private void check(String screenshot) {
		Browser.assertAccessible(browser);
		Browser.assertFitsPhone(browser);
		screenshot(screenshot);
	}

	private String csv() {
		var company = this.organisations.list("Konepaja Kallio Oy", OrganisationType.COMPANY, 0, 1)
			.items()
			.get(0)
			.businessId();
		var id = UUID.randomUUID().toString().substring(0, 8);
		return String.join(",", NewApprenticeship.COLUMNS) + "\n" + "BT-" + id
				+ "-1,Selma,Selain,040 765 4321,,%s,Kone- ja tuotantotekniikka,MET24A,2027-01-11,2027-05-28,"
					.formatted(company)
				+ "demo-instructor@demo.osaamo.invalid,,\n" + "BT-" + id
				+ "-2,Olli,Oikea,09 310 1691,,%s,Kone- ja tuotantotekniikka,MET24A,2027-01-11,2027-05-28,"
					.formatted(company)
				+ "demo-instructor@demo.osaamo.invalid,,\n";
	}

}
