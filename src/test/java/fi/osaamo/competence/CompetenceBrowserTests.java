package fi.osaamo.competence;

import java.time.Duration;
import java.util.List;

import fi.osaamo.BrowserTestSupport;
import fi.osaamo.SignIn;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import testsupport.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The employee maps their competences and shares them; the HR specialist of the company
 * sees them under a pseudonym. In Finnish and in Swedish, axe-core clean on every page.
 */
class CompetenceBrowserTests extends BrowserTestSupport {

	@Autowired
	IdentityManagement identities;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	SharingManagement sharing;

	@Autowired
	CompetenceManagement competence;

	@Autowired
	fi.osaamo.jobs.JobManagement jobs;

	@Autowired
	fi.osaamo.studies.StudyManagement studies;

	@Autowired
	PasswordEncoder passwords;

	@ParameterizedTest
	@CsvSource({ "fi, Osaamiskartoitukseni, hitsaus|asiakaspalvelu|Python|taulukkolaskenta|ensiapu",
			"sv, Min kompetenskartläggning, svetsning|kundservice|Python|gaffeltruck|första hjälpen" })
	void anEmployeeMapsFiveSkillsAndSharesThemWithHr(String language, String heading, String queries) {
		var company = organisations.list("Konepaja Kallio", OrganisationType.COMPANY, 0, 1).items().get(0).id();
		var username = "mapper-" + language + "-" + System.nanoTime();
		var person = account(username);
		organisations.addMember(company, person, Role.EMPLOYEE);

		open("/?lang=" + language);
		signIn(username);
		// The front page offers to start the mapping.
		open("/");
		Browser.assertAccessible(browser);
		screenshot("home-" + language);
		browser.findElement(By.id("home-start-mapping")).click();
		waitFor(By.id("start-mapping"));
		Browser.assertAccessible(browser);
		browser.findElement(By.id("start-mapping")).click();
		waitFor(By.id("add-skill"));
		assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo(heading);
		Browser.assertAccessible(browser);

		var levels = List.of(3, 4, 2, 5, 1);
		var skills = queries.split("\\|");
		for (int i = 0; i < skills.length; i++) {
			var search = browser.findElement(By.id("skill-q"));
			search.sendKeys(skills[i]);
			new WebDriverWait(browser, Duration.ofSeconds(10))
				.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
				.until(ExpectedConditions.elementToBeClickable(By.id("skill-option-0")));
			if (i == 0) {
				Browser.assertAccessible(browser);
			}
			browser.findElement(By.cssSelector("label[for='skill-option-0']")).click();
			browser.findElement(By.cssSelector("label[for='add-level-" + levels.get(i) + "']")).click();
			browser.findElement(By.id("save-skill")).click();
			var expected = i + 1;
			new WebDriverWait(browser, Duration.ofSeconds(10))
				.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
				.until(driver -> driver
					.findElements(By.cssSelector("section[aria-labelledby='skills-heading'] tbody tr"))
					.size() == expected);
		}
		Browser.assertAccessible(browser);
		screenshot("competence-mapping-" + language);

		open("/competence/sharing");
		Browser.assertAccessible(browser);
		browser.findElement(By.cssSelector("label[for='share-" + company + "-SKILLS']")).click();
		browser.findElement(By.id("save-sharing-" + company)).click();
		// The page before the save has a heading too: wait for the answer to the save.
		waitFor(By.id("notice"));
		assertThat(sharing.activeSections(company, person)).containsExactly(Section.SKILLS);
		Browser.assertAccessible(browser);

		var pseudonym = identities.find(person).orElseThrow().pseudonym();
		browser.manage().deleteAllCookies();
		open("/?lang=" + language);
		signIn("demo-hr");
		open("/competence/shared");
		Browser.assertAccessible(browser);
		browser.findElement(By.linkText(pseudonym)).click();
		waitFor(By.cssSelector("main table"));
		assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo(pseudonym);
		assertThat(browser.findElements(By.cssSelector("main tbody tr"))).hasSize(5);
		screenshot("competence-shared-" + language);
		Browser.assertAccessible(browser);
		open("/competence/shared");
		browser.findElement(By.id("overview-link")).click();
		waitFor(By.cssSelector("main h1"));
		Browser.assertAccessible(browser);
		screenshot("competence-overview-" + language);
	}

	@ParameterizedTest
	@CsvSource({ "fi, hitsaaja, hitsaus", "sv, svetsare, svetsning" })
	void hrPostsAJobTaskAndAnEmployeeComparesAndExpressesInterest(String language, String occupation, String skill) {
		var company = organisations.list("Konepaja Kallio", OrganisationType.COMPANY, 0, 1).items().get(0).id();
		var suffix = language + "-" + System.nanoTime();
		var hr = account("job-hr-" + suffix);
		organisations.addMember(company, hr, Role.HR);
		var employee = account("job-employee-" + suffix);
		organisations.addMember(company, employee, Role.EMPLOYEE);
		competence.start(employee);
		competence.replace(employee,
				List.of(new SkillClaim(CompetenceIntegrationTests.WELDING, 2, Provenance.WORK, null, null, true)),
				List.of(), null, 0);
		sharing.share(employee, company, java.util.EnumSet.of(Section.SKILLS), null);

		open("/?lang=" + language);
		signIn("job-hr-" + suffix);
		open("/jobs");
		Browser.assertAccessible(browser);
		browser.findElement(By.id("new-job")).click();
		waitFor(By.id("title"));
		Browser.assertAccessible(browser);
		var title = "Test " + suffix;
		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.id("occupationQuery")).sendKeys(occupation);
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(ExpectedConditions.elementToBeClickable(By.id("occupation-option-0")));
		browser.findElement(By.cssSelector("label[for='occupation-option-0']")).click();
		setDate("applyFrom", "2026-12-01");
		setDate("applyTo", "2027-01-15");
		setDate("startDate", "2027-02-01");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("status"))).selectByValue("OPEN");
		browser.findElement(By.id("save-job")).click();
		waitFor(By.id("add-required-skill"));
		assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo(title);
		browser.findElement(By.id("skill-q")).sendKeys(skill);
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(ExpectedConditions.elementToBeClickable(By.id("skill-option-0")));
		browser.findElement(By.cssSelector("label[for='skill-option-0']")).click();
		browser.findElement(By.id("save-required-skill")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(driver -> driver.findElements(By.cssSelector("section[aria-labelledby='skills-heading'] tbody tr"))
				.size() == 1);
		Browser.assertAccessible(browser);
		var jobUrl = browser.getCurrentUrl().replaceAll("#.*", "");
		var jobId = new fi.osaamo.jobs.JobId(java.util.UUID.fromString(jobUrl.substring(jobUrl.lastIndexOf('/') + 1)));
		var requiredSkill = jobs.require(jobId, hr).requiredSkills().get(0).skillUri();
		// Short, free and starting tomorrow: the cheapest way to learn the skill, so the
		// study
		// path picks it whatever else the demo region offers.
		var studyTitle = "Kurssi " + suffix;
		studies.save(new fi.osaamo.studies.NewStudy("TEST", suffix, "Rantalan ammattiopisto", studyTitle, null,
				fi.osaamo.studies.StudyType.MODULE, language, "092", false, java.time.LocalDate.now().plusDays(1),
				java.time.LocalDate.now().plusDays(10), 2, java.math.BigDecimal.ZERO, null, List.of(requiredSkill)));

		browser.manage().deleteAllCookies();
		open("/?lang=" + language);
		signIn("job-employee-" + suffix);
		open("/jobs");
		browser.findElement(By.linkText(title)).click();
		waitFor(By.id("compare"));
		Browser.assertAccessible(browser);
		browser.findElement(By.id("compare")).click();
		waitFor(By.className("score-value"));
		Browser.assertAccessible(browser);
		screenshot("gap-" + language);
		assertThat(browser.findElement(By.id("studies-heading")).isDisplayed()).isTrue();
		browser.findElement(By.xpath("//a[text()='" + studyTitle + "']/following::button[1]")).click();
		waitFor(By.id("notice"));
		waitFor(By.id("plan-heading"));
		assertThat(browser.findElement(By.cssSelector("section[aria-labelledby='plan-heading']")).getText())
			.contains(studyTitle);
		Browser.assertAccessible(browser);
		browser.get(jobUrl);
		browser.findElement(By.id("interest")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(ExpectedConditions.attributeContains(By.id("interest"), "class", "button--secondary"));
		Browser.assertAccessible(browser);

		browser.manage().deleteAllCookies();
		open("/?lang=" + language);
		signIn("job-hr-" + suffix);
		browser.get(jobUrl);
		var pseudonym = identities.find(employee).orElseThrow().pseudonym();
		browser.findElement(By.linkText(pseudonym)).click();
		waitFor(By.cssSelector("main table"));
		assertThat(browser.findElements(By.cssSelector("main tbody tr"))).hasSize(1);
		Browser.assertAccessible(browser);

		setDate("heldOn", java.time.LocalDate.now().toString());
		browser.findElement(By.id("agreed")).sendKeys("Hitsauskurssi keväällä / svetskurs på våren");
		browser.findElement(By.id("save-dialogue")).click();
		waitFor(By.cssSelector("section[aria-labelledby='dialogues-heading'] article"));
		assertThat(browser.findElement(By.cssSelector("section[aria-labelledby='dialogues-heading']")).getText())
			.contains("Hitsauskurssi keväällä");
		Browser.assertAccessible(browser);
	}

	@ParameterizedTest
	@CsvSource({ "fi, Lomakkeessa on 3 virhettä", "sv, Det finns 3 problem" })
	void aRefusedWorkEntryKeepsEveryValueAndFocusesTheErrorSummary(String language, String summary) {
		var username = "history-" + language + "-" + System.nanoTime();
		var person = account(username);
		competence.start(person);
		open("/?lang=" + language);
		signIn(username);
		open("/competence");
		browser.findElement(By.id("tab-background")).click();
		waitFor(By.id("add-work"));
		browser.findElement(By.id("employer")).sendKeys("Konepaja Kallio");
		browser.findElement(By.id("startYear")).sendKeys("20x5");
		browser.findElement(By.id("endYear")).sendKeys("1930");
		browser.findElement(By.id("add-work")).click();
		waitFor(By.id("error-summary"));
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains(summary);
		assertThat(browser.findElement(By.id("employer")).getAttribute("value")).isEqualTo("Konepaja Kallio");
		assertThat(browser.findElement(By.id("startYear")).getAttribute("value")).isEqualTo("20x5");
		assertThat(browser.findElement(By.id("endYear")).getAttribute("value")).isEqualTo("1930");
		assertThat(browser.findElement(By.id("workTitle")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.findElement(By.id("startYear")).getAttribute("aria-describedby"))
			.isEqualTo("startYear-error");
		Browser.assertAccessible(browser);
		screenshot("competence-work-refused-" + language);

		browser.findElement(By.cssSelector("#error-summary a[href='#workTitle']")).click();
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("workTitle");
		browser.findElement(By.id("workTitle")).sendKeys("Hitsaaja");
		browser.findElement(By.id("startYear")).clear();
		browser.findElement(By.id("startYear")).sendKeys("2015");
		browser.findElement(By.id("endYear")).clear();
		browser.findElement(By.id("add-work")).click();
		waitFor(By.id("notice"));
		assertThat(browser.findElement(By.id("notice")).getText()).contains("Hitsaaja");
		assertThat(competence.mapping(person).orElseThrow().work()).singleElement()
			.satisfies(entry -> assertThat(entry.employer()).isEqualTo("Konepaja Kallio"));
	}

	private void setDate(String id, String value) {
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
				browser.findElement(By.id(id)), value);
	}

	private PersonId account(String username) {
		var person = identities.register(new NewPerson("Maija", "Mapper", null, null)).id();
		identities.createLocalAccount(person, username, passwords.encode(SignIn.PASSWORD));
		return person;
	}

}
