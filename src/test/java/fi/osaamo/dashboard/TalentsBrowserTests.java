package fi.osaamo.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.osaamo.BrowserTestSupport;
import fi.osaamo.SignIn;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.Provenance;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import testsupport.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Talents by competence in a real browser: a job seeker opens their skills to the city,
 * the growth team finds them by a keyword, opens their details and asks for contact; the
 * talent approves and the team sees the contact details. Every page is checked with
 * axe-core.
 */
class TalentsBrowserTests extends BrowserTestSupport {

	static final String WELDING = "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea";

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	IdentityManagement identities;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	CompetenceManagement competence;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	TaxonomyManagement taxonomy;

	@Test
	void theGrowthTeamFindsATalentByKeywordAndTheTalentApprovesContact() {
		var username = "seeker-" + UUID.randomUUID().toString().substring(0, 8);
		var seeker = identities.register(new NewPerson("Selma", "Selain", username + "@seeker.test.invalid", null));
		identities.createLocalAccount(seeker.id(), username, passwords.encode(SignIn.PASSWORD));
		competence.replace(seeker.id(), List.of(new SkillClaim(WELDING, 4, Provenance.WORK, null, null, false)),
				List.of(), null, 0);
		var growth = identities.findByUsername("demo-growth").orElseThrow();
		var city = organisations.membershipsOf(growth.id())
			.stream()
			.filter(membership -> membership.role() == Role.GROWTH_TEAM)
			.findFirst()
			.orElseThrow()
			.organisationId();

		signIn(username);
		open("/competence/sharing");
		waitFor(By.id("save-city-visibility"));
		new Select(browser.findElement(By.id("visibility-city"))).selectByValue(city.value().toString());
		browser.findElement(By.id("city-SKILLS")).click();
		browser.findElement(By.id("save-city-visibility")).click();
		waitFor(By.id("notice"));
		assertThat(browser.findElement(By.id("city-SKILLS")).isSelected()).isTrue();
		Browser.assertAccessible(browser);

		browser.manage().deleteAllCookies();
		signIn("demo-growth");
		open("/dashboard");
		browser.findElement(By.cssSelector(".subnav a[href='/dashboard/talents']")).click();
		waitFor(By.id("search-talents"));
		Browser.assertAccessible(browser);
		var keyword = taxonomy.byUri(WELDING, Language.FI).orElseThrow().label().text();
		browser.findElement(By.id("q")).sendKeys(keyword);
		new Select(browser.findElement(By.id("level"))).selectByValue("3");
		browser.findElement(By.id("search-talents")).click();
		waitFor(By.id("talents"));
		Browser.assertAccessible(browser);
		screenshot("dashboard-talents");
		browser.findElement(By.linkText(seeker.pseudonym())).click();
		waitFor(By.id("request-contact"));
		assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Selma", "Selain");
		Browser.assertAccessible(browser);
		browser.findElement(By.id("message")).sendKeys("Alueella olisi hitsaajan tehtävä, kiinnostaisiko?");
		browser.findElement(By.id("request-contact")).click();
		waitFor(By.id("request-status"));
		Browser.assertAccessible(browser);
		assertThat(mail.waitForIncomingEmail(15_000, 1)).isTrue();

		browser.manage().deleteAllCookies();
		signIn(username);
		open("/competence/sharing");
		waitFor(By.id("requests"));
		Browser.assertAccessible(browser);
		browser.findElement(By.cssSelector("#requests button[id^='approve-']")).click();
		waitFor(By.id("notice"));

		browser.manage().deleteAllCookies();
		signIn("demo-growth");
		open("/dashboard/talents/" + seeker.id().value());
		waitFor(By.id("contact-details"));
		assertThat(browser.findElement(By.id("contact-details")).getText()).contains("Selma Selain",
				username + "@seeker.test.invalid");
		Browser.assertAccessible(browser);
		screenshot("dashboard-talent");
	}

	@Test
	void theTeamFindsTalentsByAKeywordInAnotherLanguageThanThePages() {
		signIn("demo-growth");
		for (var search : List.of(List.of("sv", "hitsaus"), List.of("fi", "svetsning"), List.of("sv", "welding"),
				List.of("fi", "welding"))) {
			open("/dashboard/talents?lang=" + search.get(0));
			waitFor(By.id("search-talents"));
			browser.findElement(By.id("q")).sendKeys(search.get(1));
			browser.findElement(By.id("search-talents")).click();
			waitFor(By.id("talents"));
			assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(search.get(0));
			assertThat(browser.findElements(By.cssSelector("#talents > li"))).as("talents for %s", search).isNotEmpty();
			Browser.assertAccessible(browser);
		}
		screenshot("dashboard-talents-welding-fi");
		// Without a keyword the team browses everyone visible, narrowed by situation.
		open("/dashboard/talents?lang=sv&situation=JOB_SEEKER");
		waitFor(By.id("talents"));
		assertThat(browser.findElement(By.id("talents")).getText()).contains("Arbetssökande");
		Browser.assertAccessible(browser);
	}

}
