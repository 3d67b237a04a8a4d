package fi.osaamo.matching;

import java.time.Duration;

import java.util.EnumSet;
import java.util.List;

import fi.osaamo.BrowserTestSupport;
import fi.osaamo.SignIn;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.Provenance;
import fi.osaamo.competence.Section;
import fi.osaamo.competence.SharingManagement;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.Importance;
import fi.osaamo.jobs.JobDraft;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobStatus;
import fi.osaamo.jobs.RequiredSkill;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching pages as users meet them, in Swedish, with axe-core on each: HR's
 * candidates, allocation suggestions and decision; the employee's best matches and
 * suggestions with a contest; the administrators' AI register.
 */
class MatchingBrowserTests extends BrowserTestSupport {

	static final String WELDING = "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea";

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	@Autowired
	CompetenceManagement competence;

	@Autowired
	SharingManagement sharing;

	@Autowired
	JobManagement jobs;

	@Autowired
	PasswordEncoder passwords;

	@Override
	protected String acceptLanguage() {
		return "sv-FI,sv";
	}

	@Test
	void hrAllocatesTheEmployeeContestsAndTheAdministratorSeesTheRegister() {
		var suffix = Long.toString(System.nanoTime(), 36);
		var company = organisations.list("Konepaja Kallio", OrganisationType.COMPANY, 0, 1).items().get(0).id();
		var hr = account("ui-hr-" + suffix);
		organisations.addMember(company, hr, Role.HR);
		var employee = account("ui-employee-" + suffix);
		organisations.addMember(company, employee, Role.EMPLOYEE);
		competence.start(employee);
		competence.replace(employee, List.of(new SkillClaim(WELDING, 5, Provenance.WORK, null, null, true)), List.of(),
				null, 0);
		sharing.share(employee, company, EnumSet.of(Section.SKILLS), null);
		var task = jobs.create(hr, company, new JobDraft("Svetsare " + suffix, "Svetsning och första hjälpen.", null,
				null, null, null, null, JobStatus.OPEN, List.of(new RequiredSkill(WELDING, 3, Importance.MUST, 1.0))));
		var pseudonym = identities.find(employee).orElseThrow().pseudonym();

		signIn("ui-hr-" + suffix);
		open("/jobs/" + task.id());
		browser.findElement(By.id("candidates")).click();
		waitFor(By.cssSelector("main h1"));
		assertThat(browser.findElement(By.id("main")).getText()).contains(pseudonym);
		Browser.assertAccessible(browser);
		open("/jobs/" + task.id() + "/proposals");
		Browser.assertAccessible(browser);
		open("/matching/allocations");
		browser.findElement(By.id("suggest-allocations")).click();
		waitFor(By.cssSelector("main h1"));
		assertThat(browser.findElement(By.id("main")).getText()).contains(pseudonym + " → Svetsare " + suffix);
		Browser.assertAccessible(browser);
		screenshot("allocations-sv");
		var card = browser.findElement(By.xpath("//article[.//h3[contains(., 'Svetsare " + suffix + "')]]"));
		card.findElement(By.tagName("textarea")).sendKeys("Vi behöver dig i nuvarande team.");
		card.findElement(By.cssSelector("button[value='false']")).click();
		// The page before the decision has a heading too: wait until it is gone.
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(card));
		waitFor(By.cssSelector("main h1"));

		browser.manage().deleteAllCookies();
		signIn("ui-employee-" + suffix);
		open("/matching/jobs");
		assertThat(browser.findElement(By.cssSelector("ol.results li")).getText()).contains("Svetsare " + suffix);
		Browser.assertAccessible(browser);
		open("/matching/suggestions");
		assertThat(browser.findElement(By.id("main")).getText()).contains("Vi behöver dig i nuvarande team.");
		var mine = browser.findElement(By.xpath("//article[.//a[contains(., 'Svetsare " + suffix + "')]]"));
		mine.findElement(By.tagName("textarea")).sendKeys("Jag vill pröva på svetsning.");
		mine.findElement(By.cssSelector("button[type=submit]")).click();
		waitFor(By.cssSelector(".alert--success"));
		Browser.assertAccessible(browser);
		screenshot("suggestions-sv");

		browser.manage().deleteAllCookies();
		signIn("demo-admin");
		open("/matching/register");
		assertThat(browser.findElement(By.id("TASK_ALLOCATION")).getText()).contains("Förslag om fördelning");
		Browser.assertAccessible(browser);
	}

	private PersonId account(String username) {
		var person = identities.register(new NewPerson("Ulla", "Ui", null, null)).id();
		identities.createLocalAccount(person, username, passwords.encode(SignIn.PASSWORD));
		return person;
	}

	@Test
	void anAdministratorSwitchesAnAutomatedFeatureOffAndOnAgain() {
		signIn("demo-admin");
		open("/matching/register?lang=sv");
		waitFor(By.id("switch-GAP_COMPARISON"));
		browser.findElement(By.id("switch-GAP_COMPARISON")).click();
		browser.switchTo().alert().accept();
		waitFor(By.id("notice"));
		assertThat(browser.findElement(By.id("notice")).getText()).contains("är avstängd");
		assertThat(browser.findElement(By.id("GAP_COMPARISON-heading")).getText()).contains("Av");
		Browser.assertAccessible(browser);
		open("/matching/register?lang=fi");
		browser.findElement(By.id("switch-GAP_COMPARISON")).click();
		waitFor(By.id("notice"));
		assertThat(browser.findElement(By.id("notice")).getText()).contains("on otettu käyttöön");
		Browser.assertAccessible(browser);
	}

}
