package fi.osaamo.account;

import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.TestCompanies;
import fi.osaamo.TestUsers;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The attack of the security review (finding 4): a role taken away kept working in the
 * sessions signed in before, on the growth dashboard and for HR's study notes.
 */
@IntegrationTest
class RoleChangesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	fi.osaamo.studies.StudyManagement studies;

	@Test
	void aRemovedGrowthTeamRoleStopsWorkingInEverySessionAtTheNextRequest() throws Exception {
		var users = new TestUsers(identities, organisations, passwords);
		var city = users.city("Roolikaupunki");
		var person = users.account("role");
		var name = person.username();
		organisations.addMember(city, person.id(), Role.GROWTH_TEAM);
		var laptop = SignIn.as(mvc, name);
		var phone = SignIn.as(mvc, name);
		for (var session : new jakarta.servlet.http.Cookie[] { laptop, phone }) {
			mvc.perform(get("/dashboard/companies").cookie(session)).andExpect(status().isOk());
		}
		organisations.removeMember(city, person.id(), Role.GROWTH_TEAM, person.id());
		for (var session : new jakarta.servlet.http.Cookie[] { laptop, phone }) {
			mvc.perform(get("/dashboard/companies").cookie(session)).andExpect(status().isForbidden());
			mvc.perform(get("/dashboard/talents").cookie(session)).andExpect(status().isForbidden());
			mvc.perform(get("/").cookie(session))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("href=\"/dashboard\""))));
		}
		// A role given works at once too, without signing in again.
		organisations.addMember(city, person.id(), Role.GROWTH_TEAM);
		mvc.perform(get("/dashboard/companies").cookie(phone)).andExpect(status().isOk());
	}

	@Test
	void aRemovedHrRoleCanNoLongerWriteStudyNotes() throws Exception {
		var company = TestCompanies.create(organisations, "Rooli Oy " + UUID.randomUUID());
		var person = new TestUsers(identities, organisations, passwords).account("hr-role");
		var name = person.username();
		organisations.addMember(company, person.id(), Role.HR);
		var session = SignIn.as(mvc, name);
		var study = studies.list("", java.util.List.of(), null, null, 0, 1).items().get(0).id();
		mvc.perform(post("/studies/" + study + "/note").cookie(session).with(csrf()).param("note", "Hyvä kurssi"))
			.andExpect(status().is3xxRedirection());
		organisations.removeMember(company, person.id(), Role.HR, person.id());
		mvc.perform(post("/studies/" + study + "/note").cookie(session).with(csrf()).param("note", "Vielä yksi"))
			.andExpect(status().isForbidden());
	}

}
