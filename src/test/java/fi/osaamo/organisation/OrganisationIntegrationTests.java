package fi.osaamo.organisation;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.identity.IdentityManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OrganisationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	@Autowired
	Invitations invitations;

	@Autowired
	org.springframework.security.crypto.password.PasswordEncoder passwords;

	@Test
	void theApiRefusesAMalformedBusinessIdInTheCallersLanguage() throws Exception {
		var session = SignIn.as(mvc, "demo-admin");
		var before = organisations.count();
		mvc.perform(post("/api/v1/organisations").cookie(session)
			.with(csrf().asHeader())
			.header("Accept-Language", "fi")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"COMPANY\",\"name\":\"Väärä Oy\",\"businessId\":\"0112038-8\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[0].field").value("businessId"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Y-tunnus")));
		mvc.perform(post("/api/v1/organisations").cookie(session)
			.with(csrf().asHeader())
			.header("Accept-Language", "sv")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"COMPANY\",\"name\":\"Fel Ab\",\"businessId\":\"12-34\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("FO-nummer")));
		assertThat(organisations.count()).as("nothing saved").isEqualTo(before);
	}

	@Test
	void theApiRefusesOverLongFields() throws Exception {
		var session = SignIn.as(mvc, "demo-admin");
		var before = organisations.count();
		mvc.perform(post("/api/v1/organisations").cookie(session)
			.with(csrf().asHeader())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"SCHOOL\",\"name\":\"" + "x".repeat(201) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("Enter 1–200 characters."));
		assertThat(organisations.count()).isEqualTo(before);
	}

	@Test
	void theFormShowsTheErrorAndKeepsWhatWasTyped() throws Exception {
		var session = SignIn.as(mvc, "demo-admin");
		var before = organisations.count();
		mvc.perform(post("/organisations").cookie(session)
			.with(csrf())
			.header("Accept-Language", "fi")
			.param("type", "COMPANY")
			.param("name", "Lomakkeen Testi Oy")
			.param("businessId", "1234567-8"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Anna kelvollinen Y-tunnus")))
			.andExpect(content().string(containsString("value=\"Lomakkeen Testi Oy\"")))
			.andExpect(content().string(containsString("value=\"1234567-8\"")));
		assertThat(organisations.count()).isEqualTo(before);
	}

	@Test
	void unknownMunicipalityAndIndustryCodesAreRefused() throws Exception {
		var session = SignIn.as(mvc, "demo-admin");
		mvc.perform(post("/api/v1/organisations").cookie(session)
			.with(csrf().asHeader())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"SCHOOL\",\"name\":\"Somewhere School\",\"municipalityCode\":\"999\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("municipalityCode"));
		mvc.perform(post("/api/v1/organisations").cookie(session)
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"SCHOOL\",\"name\":\"Somewhere School\",\"industryCode\":\"ZZ\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("industryCode"));
		mvc.perform(post("/api/v1/organisations").cookie(session)
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"type\":\"COMPANY\",\"name\":\"Oikea Oy\",\"businessId\":\"2617416-4\",\"municipalityCode\":\"092\",\"industryCode\":\"62010\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.businessId").value("2617416-4"));
	}

	@Test
	void aManagerInvitesAndOnlyTheInviteesAcceptanceGrantsTheRole() throws Exception {
		var school = organisations
			.create(new NewOrganisation(OrganisationType.SCHOOL, "Members School", null, "092", null));
		var admin = SignIn.as(mvc, "demo-admin");
		mvc.perform(post("/organisations/" + school.id() + "/members").cookie(admin)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("username", "no-such-user")
			.param("role", "SCHOOL_STAFF"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No account has this user name.")))
			.andExpect(content().string(containsString("value=\"no-such-user\"")));
		// A school's roles are offered, and only those.
		var page = mvc.perform(get("/organisations/" + school.id()).cookie(admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"SCHOOL_STAFF\"").doesNotContain("value=\"HR\"");

		var inviteeName = "invitee-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		var invitee = account(inviteeName);
		mvc.perform(post("/organisations/" + school.id() + "/members").cookie(admin)
			.with(csrf())
			.param("username", inviteeName.toUpperCase(java.util.Locale.ROOT))
			.param("role", "SCHOOL_STAFF")).andExpect(status().is3xxRedirection());
		// Invited is not yet a member.
		assertThat(organisations.members(school.id())).isEmpty();
		mvc.perform(get("/organisations/" + school.id()).cookie(admin).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Invitations waiting for an answer")));
		var session = SignIn.as(mvc, inviteeName);
		mvc.perform(get("/organisations/" + school.id()).cookie(session)).andExpect(status().isForbidden());
		var invitation = invitations.toPerson(invitee).get(0);
		mvc.perform(get("/organisations").cookie(session).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Members School")))
			.andExpect(content().string(containsString("/organisations/invitations/" + invitation.id())));
		// Nobody else can answer it.
		mvc.perform(post("/organisations/invitations/" + invitation.id()).cookie(SignIn.as(mvc, "demo-employee"))
			.with(csrf())
			.param("accept", "true")).andExpect(status().isNotFound());
		mvc.perform(post("/organisations/invitations/" + invitation.id()).cookie(session)
			.with(csrf())
			.param("accept", "true")).andExpect(status().is3xxRedirection());
		assertThat(organisations.members(school.id())).singleElement()
			.satisfies(member -> assertThat(member.role()).isEqualTo(Role.SCHOOL_STAFF));
		mvc.perform(get("/organisations/" + school.id()).cookie(session)).andExpect(status().isOk());
		// A staff member is no manager.
		mvc.perform(post("/organisations/" + school.id() + "/members").cookie(session)
			.with(csrf())
			.param("username", "demo-employee")
			.param("role", "ADMIN")).andExpect(status().isForbidden());
		// The invitation was used up.
		mvc.perform(post("/organisations/invitations/" + invitation.id()).cookie(session)
			.with(csrf())
			.param("accept", "true")).andExpect(status().isNotFound());

		// Removing the role ends it at once, in the same session.
		mvc.perform(post("/organisations/" + school.id() + "/members/remove").cookie(admin)
			.with(csrf())
			.param("person", invitee.toString())
			.param("role", "SCHOOL_STAFF")).andExpect(status().is3xxRedirection());
		assertThat(organisations.members(school.id())).isEmpty();
		mvc.perform(get("/organisations/" + school.id()).cookie(session)).andExpect(status().isForbidden());
	}

	@Test
	void aDeclinedOrWithdrawnInvitationGrantsNothing() throws Exception {
		var school = organisations
			.create(new NewOrganisation(OrganisationType.SCHOOL, "Declined School", null, "092", null));
		var admin = SignIn.as(mvc, "demo-admin");
		var name = "decliner-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		var person = account(name);
		mvc.perform(post("/organisations/" + school.id() + "/members").cookie(admin)
			.with(csrf())
			.param("username", name)
			.param("role", "EMPLOYEE")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/organisations/" + school.id() + "/members").cookie(admin)
			.with(csrf())
			.header("Accept-Language", "sv")
			.param("username", name)
			.param("role", "EMPLOYEE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("inbjudan väntar på svar")));
		var session = SignIn.as(mvc, name);
		mvc.perform(post("/organisations/invitations/" + invitations.toPerson(person).get(0).id()).cookie(session)
			.with(csrf())
			.param("accept", "false")).andExpect(status().is3xxRedirection());
		assertThat(organisations.members(school.id())).isEmpty();
		assertThat(invitations.toPerson(person)).isEmpty();

		mvc.perform(post("/organisations/" + school.id() + "/members").cookie(admin)
			.with(csrf())
			.param("username", name)
			.param("role", "SCHOOL_STAFF")).andExpect(status().is3xxRedirection());
		var open = invitations.ofOrganisation(school.id()).get(0);
		mvc.perform(post("/organisations/" + school.id() + "/invitations/" + open.id() + "/withdraw").cookie(admin)
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(
				post("/organisations/invitations/" + open.id()).cookie(session).with(csrf()).param("accept", "true"))
			.andExpect(status().isNotFound());
		assertThat(organisations.members(school.id())).isEmpty();
	}

	@Test
	void staffAreShownByTheirWorkNameAndEmployeesByPseudonym() throws Exception {
		var company = organisations.find(fi.osaamo.TestCompanies.create(organisations, "Names Oy")).orElseThrow();
		var staffName = "staff-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		var staff = account(staffName);
		var employee = account("employee-" + java.util.UUID.randomUUID().toString().substring(0, 8));
		organisations.addMember(company.id(), staff, Role.HR);
		organisations.addMember(company.id(), staff, Role.ADMIN);
		organisations.addMember(company.id(), employee, Role.EMPLOYEE);
		var employeePseudonym = identities.find(employee).orElseThrow().pseudonym();

		var session = SignIn.as(mvc, staffName);
		var html = mvc.perform(get("/organisations/" + company.id()).cookie(session).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<td>Ilona Invited</td><td>HR specialist</td>", "<td>" + employeePseudonym + "</td>")
			.doesNotContain("<td>" + identities.find(staff).orElseThrow().pseudonym() + "</td>");
		assertThat(identities.accessLog(staff, 5))
			.anySatisfy(entry -> assertThat(entry.purpose()).isEqualTo("name shown in a professional role"));

		// The staff member chooses the name colleagues see, or none.
		mvc.perform(post("/account").cookie(session)
			.with(csrf())
			.param("givenName", "Ilona")
			.param("familyName", "Invited")
			.param("workName", "  Ilona   I.  ")).andExpect(status().is3xxRedirection());
		assertThat(organisations.members(company.id())).filteredOn(member -> member.personId().equals(staff))
			.extracting(Member::name)
			.containsOnly("Ilona I.");
		mvc.perform(post("/account").cookie(session)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("givenName", "Changed")
			.param("workName", "x".repeat(121)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter at most 120 characters.")))
			.andExpect(content().string(containsString("value=\"Changed\"")));
		assertThat(identities.personalData(staff, staff, "test").orElseThrow().givenName()).isEqualTo("Ilona");
	}

	private fi.osaamo.identity.PersonId account(String username) {
		var person = identities.register(new fi.osaamo.identity.NewPerson("Ilona", "Invited", null, null)).id();
		identities.createLocalAccount(person, username, passwords.encode(SignIn.PASSWORD));
		return person;
	}

	@Test
	void onlyPlatformAdministratorsCreateOrganisations() throws Exception {
		var session = SignIn.as(mvc, "demo-hr");
		mvc.perform(get("/organisations/new").cookie(session)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/organisations").cookie(session)
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"SCHOOL\",\"name\":\"Sneaky School\"}")).andExpect(status().isForbidden());
	}

	@Test
	void aColourWithTooLittleContrastIsRefusedAndAStaleEditIsCaught() throws Exception {
		var school = organisations
			.create(new NewOrganisation(OrganisationType.SCHOOL, "Brand School", null, null, null));
		var admin = SignIn.as(mvc, "demo-admin");
		mvc.perform(post("/organisations/" + school.id() + "/colour").cookie(admin)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("primaryColour", "#ffee00")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("contrast of")))
			.andExpect(content().string(containsString("value=\"#ffee00\"")));
		mvc.perform(post("/organisations/" + school.id() + "/colour").cookie(admin)
			.with(csrf())
			.param("primaryColour", "#1a4d2e")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		assertThat(organisations.require(school.id()).primaryColour()).isEqualTo("#1a4d2e");
		mvc.perform(post("/organisations/" + school.id() + "/colour").cookie(admin)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("primaryColour", "#000000")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this")));
		assertThat(organisations.require(school.id()).primaryColour()).isEqualTo("#1a4d2e");
		mvc.perform(get("/branding/" + school.id() + "/style.css"))
			.andExpect(content().string(containsString("--brand: #1a4d2e")));
		var member = identities.findByUsername("demo-bot").orElseThrow();
		organisations.addMember(school.id(), member.id(), Role.EMPLOYEE);
		mvc.perform(get("/").cookie(SignIn.as(mvc, "demo-bot")))
			.andExpect(content().string(containsString("href=\"/branding/" + school.id() + "/style.css\"")))
			.andExpect(content().string(containsString("Brand School")));
	}

}
