package fi.osaamo.organisation;

import java.util.UUID;

import fi.osaamo.BrowserTestSupport;
import fi.osaamo.identity.IdentityManagement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import testsupport.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Joining an organisation as its users do it: the administrator invites, a wrong name is
 * explained beside its field, the invited person accepts on their organisations page; a
 * member of two growth teams chooses one; the administrator reads the sign-in log. Every
 * page is checked with axe.
 */
class InvitationBrowserTests extends BrowserTestSupport {

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	@Autowired
	PasswordEncoder passwords;

	@Override
	protected String acceptLanguage() {
		return "sv-FI,sv";
	}

	@Test
	void anAdministratorInvitesAndTheInvitedPersonAccepts() {
		var school = organisations
			.create(new NewOrganisation(OrganisationType.SCHOOL, "Inbjudningsskolan " + UUID.randomUUID(), null, "092",
					null))
			.id();
		var invitee = account("inbjuden");
		signIn("demo-admin");
		open("/organisations/" + school);
		browser.findElement(By.id("member-username")).sendKeys("ingen-sadan-" + invitee);
		new Select(browser.findElement(By.id("member-role"))).selectByValue("SCHOOL_STAFF");
		browser.findElement(By.cssSelector("form[action$='/members'] button[type=submit]")).click();
		waitFor(By.id("member-username-error"));
		assertThat(browser.findElement(By.id("member-username")).getAttribute("value"))
			.isEqualTo("ingen-sadan-" + invitee);
		assertThat(new Select(browser.findElement(By.id("member-role"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("SCHOOL_STAFF");
		Browser.assertAccessible(browser);
		screenshot("invitation-unknown-user-sv");

		var field = browser.findElement(By.id("member-username"));
		field.clear();
		field.sendKeys(invitee);
		browser.findElement(By.cssSelector("form[action$='/members'] button[type=submit]")).click();
		waitFor(By.cssSelector(".alert--success"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Inbjudan skickades");
		Browser.assertAccessible(browser);
		screenshot("invitation-sent-sv");

		browser.manage().deleteAllCookies();
		signIn(invitee);
		open("/organisations");
		waitFor(By.id("invitations"));
		Browser.assertAccessible(browser);
		screenshot("invitation-to-answer-sv");
		browser.findElement(By.cssSelector("#invitations button[value=true]")).click();
		waitFor(By.cssSelector(".alert--success"));
		assertThat(browser.getCurrentUrl()).contains("/organisations/" + school);
		assertThat(
				organisations.hasRole(identities.findByUsername(invitee).orElseThrow().id(), school, Role.SCHOOL_STAFF))
			.isTrue();
		Browser.assertAccessible(browser);
	}

	@Test
	void aMemberOfTwoTeamsChoosesOneAndAdministratorsReadTheSignInLog() {
		var name = account("tvatean");
		var person = identities.findByUsername(name).orElseThrow().id();
		for (var city : new String[] { "Första staden", "Andra staden" }) {
			var id = organisations
				.create(new NewOrganisation(OrganisationType.CITY, city + " " + UUID.randomUUID(), null, "092", null))
				.id();
			organisations.addMember(id, person, Role.GROWTH_TEAM);
		}
		signIn(name);
		open("/dashboard/my-work");
		waitFor(By.id("choose-team"));
		Browser.assertAccessible(browser);
		screenshot("team-choice-sv");
		browser.findElement(By.xpath("//label[starts-with(normalize-space(.), 'Andra staden')]")).click();
		browser.findElement(By.id("choose-team")).click();
		waitFor(By.id("current-team"));
		assertThat(browser.findElement(By.id("current-team")).getText()).contains("Andra staden");

		browser.manage().deleteAllCookies();
		signIn("demo-admin");
		open("/account/sign-ins?q=" + name);
		waitFor(By.id("sign-ins"));
		assertThat(browser.findElement(By.id("sign-ins")).getText()).contains(name);
		Browser.assertAccessible(browser);
		screenshot("sign-in-log-sv");
	}

	private String account(String prefix) {
		return new fi.osaamo.TestUsers(identities, organisations, passwords).account(prefix).username();
	}

}
