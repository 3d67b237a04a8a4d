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
		mvc.perform(get("/competence").cookie(employeeSession).header("Accept-Language", "en"))
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
