package fi.osaamo.competence;

import java.time.LocalDate;
import java.util.EnumSet;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SharingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	fi.osaamo.identity.WorkNames workNames;

	@Autowired
	CompetenceManagement competence;

	@Autowired
	SharingManagement sharing;

	@Autowired
	IdentityManagement identities;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DevelopmentPlan plan;

	@Autowired
	fi.osaamo.studies.StudyManagement studies;

	OrganisationId companyA;

	OrganisationId companyB;

	PersonId employee;

	String employeeName;

	String hrA;

	String hrB;

	@BeforeEach
	void twoCompaniesWithHrAndAnEmployee() {
		var suffix = String.valueOf(System.nanoTime());
		companyB = organisations.list("Hitsaus ja Teräs Virtanen", OrganisationType.COMPANY, 0, 1).items().get(0).id();
		companyA = organisations.list("Konepaja Kallio", OrganisationType.COMPANY, 0, 1).items().get(0).id();
		employeeName = "share-employee-" + suffix;
		employee = account(employeeName, "Eija", "Esimerkki");
		organisations.addMember(companyA, employee, Role.EMPLOYEE);
		hrA = "share-hr-a-" + suffix;
		organisations.addMember(companyA, account(hrA, "Hanna", "A"), Role.HR);
		hrB = "share-hr-b-" + suffix;
		organisations.addMember(companyB, account(hrB, "Heikki", "B"), Role.HR);
		competence.start(employee);
		competence.replace(employee,
				java.util.List
					.of(new SkillClaim(CompetenceIntegrationTests.WELDING, 4, Provenance.WORK, null, null, true)),
				java.util.List.of(new Target(CompetenceIntegrationTests.WELDING_EQUIPMENT, 5)), "Secret summary", 0);
	}

	@Test
	void hrSeesOnlyWhatIsSharedUnderAPseudonymAndTheViewIsLogged() throws Exception {
		var pseudonym = identities.find(employee).orElseThrow().pseudonym();
		var employeeSession = SignIn.as(mvc, employeeName);
		mvc.perform(post("/competence/sharing").cookie(employeeSession)
			.with(csrf())
			.param("organisation", companyA.toString())
			.param("sections", "SKILLS")).andExpect(status().is3xxRedirection());
		workNames.set(identities.findByUsername(hrA).orElseThrow().id(), "Hanna Henkilöstö");
		var hr = SignIn.as(mvc, hrA);
		mvc.perform(get("/competence/shared").param("organisation", companyA.toString()).cookie(hr))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(pseudonym)));
		mvc.perform(get("/competence/shared/" + companyA + "/" + employee).cookie(hr).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("welding techniques")))
			.andExpect(content().string(containsString(pseudonym)))
			.andExpect(content().string(not(containsString("Eija"))))
			.andExpect(content().string(not(containsString("operate welding equipment"))))
			.andExpect(content().string(not(containsString("Secret summary"))));
		// HR looked in their professional role: the employee sees them by their work
		// name.
		assertThat(sharing.views(employee)).singleElement().satisfies(view -> {
			assertThat(view.sections()).containsExactly(Section.SKILLS);
			assertThat(view.viewer()).isEqualTo("Hanna Henkilöstö");
		});
		mvc.perform(get("/competence").cookie(employeeSession))
			.andExpect(content().string(containsString("Konepaja Kallio Oy")));
	}

	@Test
	void leavingTheCompanyEndsTheGrantsAndThePersonStillSeesAndRemovesThem() throws Exception {
		var employeeSession = SignIn.as(mvc, employeeName);
		mvc.perform(post("/competence/sharing").cookie(employeeSession)
			.with(csrf())
			.param("organisation", companyA.toString())
			.param("sections", "SKILLS", "IDENTITY")).andExpect(status().is3xxRedirection());
		var hr = SignIn.as(mvc, hrA);
		mvc.perform(get("/competence/shared/" + companyA + "/" + employee).cookie(hr)).andExpect(status().isOk());

		// The employee leaves the company: from that moment HR sees nothing of them.
		var admin = identities.findByUsername("demo-admin").orElseThrow().id();
		organisations.removeMember(companyA, employee, Role.EMPLOYEE, admin);
		mvc.perform(get("/competence/shared/" + companyA + "/" + employee).cookie(hr)).andExpect(status().isNotFound());
		mvc.perform(get("/competence/shared").param("organisation", companyA.toString()).cookie(hr))
			.andExpect(content().string(not(containsString(identities.find(employee).orElseThrow().pseudonym()))));
		assertThat(sharing.sharedWith(companyA)).noneMatch(person -> person.person().equals(employee));
		assertThat(sharing.skillSharing(employee)).isEmpty();

		// The person still sees what they granted, as ended, and may remove it.
		assertThat(sharing.grants(employee)).hasSize(2).allSatisfy(grant -> {
			assertThat(grant.endedOn()).isEqualTo(LocalDate.now());
			assertThat(grant.activeOn(LocalDate.now())).isFalse();
		});
		mvc.perform(get("/competence/sharing").cookie(employeeSession).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Organisations you have left")))
			.andExpect(content().string(containsString("Konepaja Kallio Oy")))
			.andExpect(content().string(containsString("when you left")));
		mvc.perform(post("/competence/sharing").cookie(employeeSession)
			.with(csrf())
			.param("organisation", companyA.toString())).andExpect(status().is3xxRedirection());
		assertThat(sharing.grants(employee)).isEmpty();
		// Sharing anew with a company one has left is refused.
		mvc.perform(post("/competence/sharing").cookie(employeeSession)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("organisation", companyA.toString())
			.param("sections", "SKILLS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andExpect(content().string(containsString("only with a company you belong to")));
		assertThat(sharing.grants(employee)).isEmpty();
	}

	@Test
	void aSharedDevelopmentPlanIsShownToHr() throws Exception {
		var study = studies.save(new fi.osaamo.studies.NewStudy("TEST", "shared-plan-" + System.nanoTime(),
				"Rantalan ammattiopisto", "Jaettu kurssi", null, fi.osaamo.studies.StudyType.MODULE, "fi", "092", false,
				LocalDate.now().plusDays(5), LocalDate.now().plusDays(10), 10, java.math.BigDecimal.ZERO, null,
				java.util.List.of(CompetenceIntegrationTests.WELDING)));
		plan.add(employee, study);
		sharing.share(employee, companyA, EnumSet.of(Section.SKILLS), null);
		var hr = SignIn.as(mvc, hrA);
		mvc.perform(get("/competence/shared/" + companyA + "/" + employee).cookie(hr))
			.andExpect(content().string(not(containsString("Jaettu kurssi"))));
		sharing.share(employee, companyA, EnumSet.of(Section.DEVELOPMENT_PLAN), null);
		mvc.perform(get("/competence/shared/" + companyA + "/" + employee).cookie(hr))
			.andExpect(content().string(containsString("Jaettu kurssi")));
	}

	@Test
	void hrOfAnotherCompanyAndOtherEmployeesSeeNothing() throws Exception {
		sharing.share(employee, companyA, EnumSet.allOf(Section.class), null);
		mvc.perform(get("/competence/shared/" + companyA + "/" + employee).cookie(SignIn.as(mvc, hrB)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/competence/shared/" + companyB + "/" + employee).cookie(SignIn.as(mvc, hrB)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/competence/shared/" + companyA + "/" + employee).cookie(SignIn.as(mvc, "demo-employee")))
			.andExpect(status().isNotFound());
		assertThat(sharing.views(employee)).isEmpty();
	}

	@Test
	void nothingIsSeenAfterRevocationOrExpiry() throws Exception {
		var hr = SignIn.as(mvc, hrA);
		sharing.share(employee, companyA, EnumSet.of(Section.SKILLS, Section.IDENTITY), LocalDate.now());
		mvc.perform(get("/competence/shared/" + companyA + "/" + employee).cookie(hr))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Eija Esimerkki")));
		jdbc.sql("update competence.grant set expires_on = current_date - 1 where person_id = :person")
			.param("person", employee.value())
			.update();
		mvc.perform(get("/competence/shared/" + companyA + "/" + employee).cookie(hr)).andExpect(status().isNotFound());
		assertThat(sharing.sharedWith(companyA)).noneMatch(person -> person.person().equals(employee));
		sharing.share(employee, companyA, EnumSet.of(Section.SKILLS), null);
		mvc.perform(get("/competence/shared/" + companyA + "/" + employee).cookie(hr)).andExpect(status().isOk());
		sharing.share(employee, companyA, EnumSet.noneOf(Section.class), null);
		mvc.perform(get("/competence/shared/" + companyA + "/" + employee).cookie(hr)).andExpect(status().isNotFound());
	}

	@Test
	void aPersonCannotShareWithACompanyTheyDoNotBelongTo() throws Exception {
		mvc.perform(post("/competence/sharing").cookie(SignIn.as(mvc, employeeName))
			.with(csrf())
			.header("Accept-Language", "en")
			.param("organisation", companyB.toString())
			.param("sections", "SKILLS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("only with a company you belong to")));
		assertThat(sharing.grants(employee)).isEmpty();
	}

	@Test
	void aRefusedSharingKeepsWhatWasTickedAndTyped() throws Exception {
		var yesterday = java.time.LocalDate.now().minusDays(1).toString();
		mvc.perform(post("/competence/sharing").cookie(SignIn.as(mvc, employeeName))
			.with(csrf())
			.header("Accept-Language", "fi")
			.param("organisation", companyA.toString())
			.param("sections", "SKILLS", "TARGETS")
			.param("expiresOn", yesterday))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andExpect(content().string(containsString("id=\"expires-" + companyA + "-error\"")))
			.andExpect(content().string(containsString("value=\"" + yesterday + "\"")))
			.andExpect(content().string(
					containsString("id=\"share-" + companyA + "-SKILLS\" name=\"sections\" value=\"SKILLS\" checked")))
			.andExpect(content().string(containsString(
					"id=\"share-" + companyA + "-TARGETS\" name=\"sections\" value=\"TARGETS\" checked")))
			.andExpect(content().string(not(containsString("id=\"city-expires-error\""))));
		assertThat(sharing.grants(employee)).isEmpty();
	}

	private PersonId account(String username, String given, String family) {
		var person = identities.register(new NewPerson(given, family, null, null)).id();
		identities.createLocalAccount(person, username, passwords.encode(SignIn.PASSWORD));
		return person;
	}

}
