package fi.osaamo.organisation;

import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.TestCompanies;
import fi.osaamo.TestUsers;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The attack of the security review (finding 1): a company's administrator made anyone,
 * themselves included, a growth-team member, pulled a city's growth-team member into the
 * company without asking, and so reached the growth dashboard and the team's work.
 */
@IntegrationTest
class RolesFitTheOrganisationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void aCompanyAdministratorCannotGrantCityRolesNorPullAGrowthTeamMemberIn() throws Exception {
		var company = TestCompanies.create(organisations, "Hyökkääjä Oy " + UUID.randomUUID());
		var users = new TestUsers(identities, organisations, passwords);
		var adminAccount = users.account("attacker");
		var adminName = adminAccount.username();
		var attacker = adminAccount.id();
		organisations.addMember(company, attacker, Role.ADMIN);
		var city = users.city("Kohdekaupunki");
		var memberAccount = users.account("growth");
		var memberName = memberAccount.username();
		var growthMember = memberAccount.id();
		organisations.addMember(city, growthMember, Role.GROWTH_TEAM);
		var session = SignIn.as(mvc, adminName);

		// The form refuses a city's role in a company, for the administrator and anyone
		// else, with the reason beside the field.
		for (var role : new String[] { "GROWTH_TEAM", "EVALUATOR", "SCHOOL_STAFF" }) {
			for (var target : new String[] { adminName, memberName }) {
				mvc.perform(post("/organisations/" + company + "/members").cookie(session)
					.with(csrf())
					.header("Accept-Language", "en")
					.param("username", target)
					.param("role", role))
					.andExpect(status().isOk())
					.andExpect(
							content().string(containsString("This role does not belong to this kind of organisation.")))
					.andExpect(content().string(containsString("id=\"member-role-error\"")));
			}
		}
		// The service refuses it too, whoever calls it.
		assertThatThrownBy(() -> organisations.addMember(company, attacker, Role.GROWTH_TEAM))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> organisations.addMember(company, attacker, Role.EVALUATOR))
			.isInstanceOf(InvalidInputException.class);

		// Adding the city's growth-team member only invites them: nothing changes for
		// them
		// until they accept.
		mvc.perform(post("/organisations/" + company + "/members").cookie(session)
			.with(csrf())
			.param("username", memberName)
			.param("role", "EMPLOYEE"))
			.andExpect(redirectedUrl("/organisations/" + company + "?invited#invitations-heading"));
		assertThat(organisations.membershipsOf(growthMember)).extracting(Membership::organisationId)
			.containsExactly(city);

		// The attacker holds no growth-team role anywhere, so the dashboard stays shut.
		assertThat(organisations.membershipsOf(attacker)).extracting(Membership::role).containsExactly(Role.ADMIN);
		mvc.perform(get("/dashboard/my-work").cookie(session)).andExpect(status().isForbidden());
		mvc.perform(get("/dashboard/companies").cookie(session)).andExpect(status().isForbidden());
	}

	@Test
	void aMemberOfTwoGrowthTeamsChoosesTheTeamExplicitly() throws Exception {
		var users = new TestUsers(identities, organisations, passwords);
		var first = users.city("Aakkoskaupunki");
		var second = users.city("Öljykaupunki");
		var account = users.account("twoteams");
		var name = account.username();
		var person = account.id();
		organisations.addMember(first, person, Role.GROWTH_TEAM);
		organisations.addMember(second, person, Role.GROWTH_TEAM);
		var session = SignIn.as(mvc, name);

		// No team is guessed: the dashboard asks first, then returns where it was going.
		mvc.perform(get("/dashboard/companies?q=oy").cookie(session))
			.andExpect(redirectedUrl("/dashboard/team?continue=/dashboard/companies?q%3Doy"));
		mvc.perform(get("/dashboard/team").cookie(session).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aakkoskaupunki")))
			.andExpect(content().string(containsString("Öljykaupunki")));
		// A team one does not belong to cannot be chosen.
		mvc.perform(post("/dashboard/team").cookie(session).with(csrf()).param("team", users.city("Vieras").toString()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/dashboard/team").cookie(session)
			.with(csrf())
			.param("team", second.toString())
			.param("continue", "https://evil.example/")).andExpect(redirectedUrl("/dashboard/my-work"));
		mvc.perform(get("/dashboard/my-work").cookie(session).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Team: Öljykaupunki")))
			.andExpect(content().string(containsString("Change team")));
		mvc.perform(get("/dashboard/companies").cookie(session)).andExpect(status().isOk());

		// With one team left, that is the team.
		organisations.removeMember(second, person, Role.GROWTH_TEAM, person);
		mvc.perform(get("/dashboard/my-work").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aakkoskaupunki")));
	}

}
