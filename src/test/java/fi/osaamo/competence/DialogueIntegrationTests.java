package fi.osaamo.competence;

import java.time.LocalDate;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DialogueIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DialogueManagement dialogues;

	@Autowired
	IdentityManagement identities;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	DevelopmentPlan plan;

	@Autowired
	SharingManagement sharing;

	@Autowired
	CompetenceManagement competence;

	@Autowired
	fi.osaamo.jobs.JobManagement jobs;

	@Test
	void aJobTaskIsATargetOfThePlanAndADialogueIsAboutPlanItems() throws Exception {
		var suffix = String.valueOf(System.nanoTime());
		var company = organisations.list("Konepaja Kallio", OrganisationType.COMPANY, 0, 1).items().get(0).id();
		var other = organisations.list("Hitsaus ja Teräs Virtanen", OrganisationType.COMPANY, 0, 1).items().get(0).id();
		var hr = account("plan-hr-" + suffix);
		organisations.addMember(company, hr, Role.HR);
		var employeeName = "plan-employee-" + suffix;
		var employee = account(employeeName);
		organisations.addMember(company, employee, Role.EMPLOYEE);
		var otherHr = identities.findByUsername("demo-company").orElseThrow().id();
		var ownJob = jobs.create(hr, company, new fi.osaamo.jobs.JobDraft("Hitsaaja " + suffix, null, null, null, null,
				null, null, fi.osaamo.jobs.JobStatus.OPEN, java.util.List.of()));
		var session = SignIn.as(mvc, employeeName);
		mvc.perform(post("/competence/plan/jobs").cookie(session).with(csrf()).param("job", ownJob.id().toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(plan.jobs(employee, employee)).extracting(PlanJob::title).containsExactly("Hitsaaja " + suffix);
		mvc.perform(get("/competence/development").cookie(session))
			.andExpect(content().string(containsString("Hitsaaja " + suffix)));
		// A job task of a company the employee does not belong to cannot be a target.
		var foreign = jobs.list(otherHr, other, null, "", 0, 1).items();
		if (!foreign.isEmpty()) {
			mvc.perform(post("/competence/plan/jobs").cookie(session)
				.with(csrf())
				.param("job", foreign.get(0).id().toString())).andExpect(status().isNotFound());
		}

		// Linking the dialogue to plan items needs the plan to be shared.
		var link = "JOB:" + ownJob.id();
		assertThatThrownBy(() -> dialogues.record(hr, company, employee, LocalDate.now(), "Aim at welding", null, null,
				java.util.List.of(link)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("validation.planNotShared");
		sharing.share(employee, company, java.util.EnumSet.of(Section.SKILLS, Section.DEVELOPMENT_PLAN), null);
		assertThatThrownBy(() -> dialogues.record(hr, company, employee, LocalDate.now(), "Aim at welding", null, null,
				java.util.List.of("STUDY:" + java.util.UUID.randomUUID())))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("validation.notInPlan");
		var hrSession = SignIn.as(mvc, "plan-hr-" + suffix);
		mvc.perform(get("/competence/shared/" + company + "/" + employee).cookie(hrSession))
			.andExpect(content().string(containsString("value=\"" + link + "\"")));
		var tomorrow = LocalDate.now().plusDays(1).toString();
		mvc.perform(post("/competence/shared/" + company + "/" + employee + "/dialogues").cookie(hrSession)
			.with(csrf())
			.header("Accept-Language", "sv")
			.param("heldOn", tomorrow)
			.param("agreed", " ")
			.param("nextSteps", "Kysy koululta")
			.param("followUpOn", LocalDate.now().toString())
			.param("plan", link))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Det finns 3 problem"),
					containsString("id=\"heldOn-error\""), containsString("id=\"agreed-error\""),
					containsString("id=\"followUpOn-error\""), containsString("value=\"" + tomorrow + "\""),
					containsString(">Kysy koululta</textarea>"), containsString("value=\"" + link + "\" checked"))));
		assertThat(dialogues.dialogues(employee, employee)).isEmpty();
		mvc.perform(post("/competence/shared/" + company + "/" + employee + "/dialogues").cookie(hrSession)
			.with(csrf())
			.param("heldOn", LocalDate.now().toString())
			.param("agreed", "Aim at the welding task")
			.param("followUpOn", LocalDate.now().plusDays(30).toString())
			.param("plan", link)).andExpect(status().is3xxRedirection());
		var pseudonym = identities.find(employee).orElseThrow().pseudonym();
		assertThat(dialogues.followUps(company, hr)).anySatisfy(followUp -> {
			assertThat(followUp.pseudonym()).isEqualTo(pseudonym);
			assertThat(followUp.followUpOn()).isEqualTo(LocalDate.now().plusDays(30));
		});
		mvc.perform(get("/competence/shared").param("organisation", company.toString()).cookie(hrSession))
			.andExpect(content().string(containsString("follow-ups-heading")))
			.andExpect(content().string(containsString(pseudonym)));
		assertThatThrownBy(() -> dialogues.followUps(company, otherHr)).isInstanceOf(NotFoundException.class);
		var recorded = dialogues.dialogues(employee, employee);
		assertThat(recorded).singleElement()
			.satisfies(dialogue -> assertThat(dialogue.planItems()).containsExactly("Hitsaaja " + suffix));
		assertThat(competence.hasMapping(employee)).isTrue();
	}

	@Test
	void hrRecordsADialogueBothSeeItAndTheEmployeeComments() throws Exception {
		var suffix = String.valueOf(System.nanoTime());
		var company = organisations.list("Konepaja Kallio", OrganisationType.COMPANY, 0, 1).items().get(0).id();
		var other = organisations.list("Hitsaus ja Teräs Virtanen", OrganisationType.COMPANY, 0, 1).items().get(0).id();
		var hr = account("dialogue-hr-" + suffix);
		organisations.addMember(company, hr, Role.HR);
		var otherHr = account("dialogue-other-" + suffix);
		organisations.addMember(other, otherHr, Role.HR);
		var employee = account("dialogue-employee-" + suffix);
		organisations.addMember(company, employee, Role.EMPLOYEE);

		assertThatThrownBy(
				() -> dialogues.record(hr, company, employee, LocalDate.now().plusDays(1), "Later", null, null))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> dialogues.record(otherHr, other, employee, LocalDate.now(), "Not mine", null, null))
			.isInstanceOf(NotFoundException.class);
		var id = dialogues.record(hr, company, employee, LocalDate.now(), "Welding course this spring",
				"Ask the school for dates", LocalDate.now().plusMonths(3));

		var employeeSession = SignIn.as(mvc, "dialogue-employee-" + suffix);
		mvc.perform(get("/competence").cookie(employeeSession).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("start-mapping")))
			.andExpect(content().string(containsString("Welding course this spring")));
		mvc.perform(post("/competence/start").cookie(employeeSession).with(csrf()));
		mvc.perform(get("/competence/development").cookie(employeeSession).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Welding course this spring")));
		mvc.perform(post("/competence/dialogues/" + id + "/comments").cookie(employeeSession)
			.with(csrf())
			.param("comment", "I would prefer evenings")).andExpect(status().is3xxRedirection());
		assertThat(dialogues.dialogues(employee, hr)).singleElement()
			.satisfies(dialogue -> assertThat(dialogue.comments()).extracting(Dialogue.Comment::text)
				.containsExactly("I would prefer evenings"));
		assertThat(dialogues.dialogues(employee, otherHr)).isEmpty();
		mvc.perform(post("/competence/dialogues/" + id + "/comments").cookie(SignIn.as(mvc, "dialogue-other-" + suffix))
			.with(csrf())
			.param("comment", "Snooping")).andExpect(status().isNotFound());
	}

	private PersonId account(String username) {
		var person = identities.register(new NewPerson("Dina", "Dialogue", null, null)).id();
		identities.createLocalAccount(person, username, passwords.encode(SignIn.PASSWORD));
		return person;
	}

}
