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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import testsupport.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The growth team filters the region's companies, with the keyboard-usable form, checked
 * with axe-core, also on a narrow screen.
 */
class DashboardBrowserTests extends BrowserTestSupport {

	@Autowired
	ImportRunner runner;

	@Autowired
	SourceSettingsRepository settings;

	@Test
	void theGrowthTeamFiltersTheCompanies() throws Exception {
		OpenDataFixtures.region(settings, "prh-companies", Set.of("092"));
		var file = Files.createTempFile("companies", ".json");
		var company = OpenDataFixtures.company("Selaintestin Konepaja Oy", "092", "VANTAA");
		var businessId = company.get("businessId").get("value").asString();
		Files.writeString(file, OpenDataFixtures.companies(List.of(company), 1));
		runner.runNow("prh-companies", ImportRun.Trigger.UPLOAD, file).orElseThrow();
		signIn("demo-growth");
		open("/");
		browser.findElement(By.cssSelector(".main-nav a[href='/dashboard']")).click();
		waitFor(By.cssSelector(".subnav a[href='/dashboard/companies']"));
		browser.findElement(By.cssSelector(".subnav a[href='/dashboard/companies']")).click();
		waitFor(By.id("search-companies"));
		Browser.assertAccessible(browser);
		// Other tests import companies in Vantaa too: the name keeps this one on the
		// first page.
		browser.findElement(By.id("q")).sendKeys("Selaintestin");
		new Select(browser.findElement(By.id("municipality"))).selectByValue("092");
		new Select(browser.findElement(By.id("sort"))).selectByValue("NEWEST");
		browser.findElement(By.id("search-companies")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("sort=NEWEST"));
		waitFor(By.id("search-companies"));
		assertThat(browser.getCurrentUrl()).contains("municipality=092", "q=Selaintestin");
		assertThat(
				new Select(browser.findElement(By.id("municipality"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("092");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Selaintestin Konepaja Oy");
		Browser.assertAccessible(browser);
		screenshot("dashboard-companies");
		browser.manage().window().setSize(new Dimension(390, 900));
		open("/dashboard/companies?municipality=092");
		Browser.assertAccessible(browser);
		screenshot("dashboard-companies-narrow");
		browser.manage().window().setSize(new Dimension(1280, 900));

		// Favourites: star the company on its page (htmx), then note it on the list.
		open("/dashboard/companies/" + businessId);
		var star = By.id("star-company-" + businessId);
		waitFor(star);
		assertThat(browser.findElement(star).getAttribute("aria-pressed")).isEqualTo("false");
		browser.findElement(star).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.until(driver -> "true".equals(driver.findElement(star).getAttribute("aria-pressed")));
		browser.findElement(By.cssSelector(".subnav a[href='/dashboard/favourites']")).click();
		waitFor(By.id("favourite-list"));
		var note = By.id("note-company-" + businessId);
		browser.findElement(note).sendKeys("Kiinnostunut oppisopimuksista");
		browser.findElement(note).findElement(By.xpath("ancestor::form//button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("saved"));
		assertThat(browser.findElement(note).getAttribute("value")).isEqualTo("Kiinnostunut oppisopimuksista");
		Browser.assertAccessible(browser);
		screenshot("dashboard-favourites");
	}

	@Autowired
	fi.osaamo.jobs.JobManagement jobs;

	@Autowired
	fi.osaamo.identity.IdentityManagement identities;

	@Autowired
	fi.osaamo.organisation.OrganisationManagement organisations;

	@Autowired
	fi.osaamo.companies.ServiceCatalogue catalogue;

	@Test
	void everyDashboardPageIsAccessibleInSwedishToo() throws Exception {
		var hr = identities.findByUsername("demo-hr").orElseThrow().id();
		var company = organisations.membershipsOf(hr).get(0).organisationId();
		var task = jobs.create(hr, company, new fi.osaamo.jobs.JobDraft("Tillgänglighetstestets uppgift", null, null,
				"Vantaa", null, null, null, fi.osaamo.jobs.JobStatus.OPEN, List.of()));
		var growth = identities.findByUsername("demo-growth").orElseThrow().id();
		var city = organisations.membershipsOf(growth).get(0).organisationId();
		var service = catalogue.services(city, false).get(0);
		var registered = organisations.require(company);
		var need = needs.chart(city,
				new fi.osaamo.companies.CompanyRef(registered.businessId().value(), registered.name(), "25"),
				new fi.osaamo.companies.NewNeed(fi.osaamo.companies.NeedKind.COMPETENCE, "Hitsaajia",
						fi.osaamo.companies.Urgency.HIGH),
				growth);
		needs.refer(city, need, service.id(), java.time.LocalDate.now().plusDays(7), fi.osaamo.platform.Language.SV, 0,
				growth);
		var ref = new fi.osaamo.companies.CompanyRef(registered.businessId().value(), registered.name(), "25");
		var year = java.time.LocalDate.now().getYear() - 1;
		financials.record(city, ref,
				new fi.osaamo.companies.NewFinancials(year - 1, 2_400_000L, -120_000L, 21, "Bokslut " + (year - 1)),
				growth);
		financials.record(city, ref,
				new fi.osaamo.companies.NewFinancials(year, 2_900_000L, 310_000L, 24, "Bokslut " + year), growth);
		// The same year's statement filed to the trade register, imported as an upload.
		fi.osaamo.opendata.OpenDataFixtures.region(sourceSettings, "prh-financials", java.util.Set.of());
		var statement = java.nio.file.Files.createTempFile("statement", ".xml");
		java.nio.file.Files.writeString(statement,
				fi.osaamo.opendata.OpenDataFixtures.statement(registered.businessId().value(), year));
		assertThat(importRunner.runNow("prh-financials", fi.osaamo.opendata.imports.ImportRun.Trigger.UPLOAD, statement)
			.orElseThrow()
			.status()).isEqualTo(fi.osaamo.opendata.imports.ImportRun.Status.SUCCEEDED);
		signIn("demo-growth");
		for (var path : List.of("/dashboard/my-work", "/dashboard/overview", "/dashboard/talents",
				"/dashboard/talents?q=svetsning&level=5", "/dashboard/jobs", "/dashboard/jobs/" + task.id().value(),
				"/dashboard/studies?q=svetsning", "/dashboard/services",
				"/dashboard/services/" + service.id() + "/withdraw", "/dashboard/favourites",
				"/dashboard/companies?industry=ZZ", "/dashboard/ecosystem",
				"/dashboard/talents?q=svetsning&company=" + registered.businessId().value(),
				"/dashboard/talents?q=svetsning&company=oy",
				"/dashboard/companies/" + registered.businessId().value())) {
			open(path + (path.contains("?") ? "&" : "?") + "lang=sv");
			waitFor(By.cssSelector("main h1"));
			Browser.assertAccessible(browser);
		}
		waitFor(By.id("financials-chart"));
		assertThat(browser.findElement(By.id("financials")).getText()).contains("Handelsregistret (PRS): bokslut",
				"Bokslut " + year);
		screenshot("dashboard-company-financials-sv");
		open("/dashboard/ecosystem?lang=fi");
		waitFor(By.id("eco-svg"));
		assertThat(browser.findElement(By.id("cooperation")).getText()).contains(registered.name(), service.provider());
		screenshot("dashboard-ecosystem");
		browser.manage().window().setSize(new Dimension(390, 900));
		open("/dashboard/ecosystem");
		waitFor(By.id("eco-svg"));
		Browser.assertAccessible(browser);
		screenshot("dashboard-ecosystem-narrow");
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@Autowired
	fi.osaamo.companies.NeedManagement needs;

	@Autowired
	fi.osaamo.companies.FinancialRecords financials;

	@Autowired
	fi.osaamo.opendata.imports.SourceSettingsRepository sourceSettings;

	@Autowired
	fi.osaamo.opendata.imports.ImportRunner importRunner;

}
