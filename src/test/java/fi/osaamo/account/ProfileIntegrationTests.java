package fi.osaamo.account;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProfileIntegrationTests {

	static final String WELDER = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityManagement identities;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	ProfileManagement profiles;

	@Autowired
	CompetenceManagement competence;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void theProfileIsEditedAndBadInputChangesNothing() throws Exception {
		var username = "profile-" + System.nanoTime();
		var person = account(username);
		var session = SignIn.as(mvc, username);
		mvc.perform(post("/account").cookie(session)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("givenName", "Pirjo")
			.param("familyName", "Profiili")
			.param("email", "pirjo@example.org")
			.param("phone", "not a number")
			.param("jobTitle", "Hitsaaja")
			.param("occupation", WELDER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a phone number")))
			.andExpect(content().string(containsString("Pirjo")));
		assertThat(profiles.workProfile(person).isEmpty()).isTrue();
		assertThat(identities.personalData(person, person, "test").orElseThrow().givenName()).isEqualTo("Paula");

		mvc.perform(post("/account").cookie(session)
			.with(csrf())
			.param("givenName", "Pirjo")
			.param("familyName", "Profiili")
			.param("email", "pirjo@example.org")
			.param("phone", "+358 40 123 4567")
			.param("jobTitle", "Hitsaaja")
			.param("occupation", "http://data.europa.eu/esco/occupation/not-there")).andExpect(status().isOk());

		// Every problem is told at once, each beside its field.
		mvc.perform(post("/account").cookie(session)
			.with(csrf())
			.header("Accept-Language", "fi")
			.param("givenName", "Pirjo")
			.param("email", "ei-osoite")
			.param("phone", "soita minulle")
			.param("workName", "x".repeat(121)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lomakkeessa on 3 virhettä")))
			.andExpect(content().string(containsString("id=\"email-error\"")))
			.andExpect(content().string(containsString("id=\"phone-error\"")))
			.andExpect(content().string(containsString("id=\"workName-error\"")))
			.andExpect(content().string(containsString("value=\"soita minulle\"")));
		assertThat(identities.personalData(person, person, "test").orElseThrow().givenName()).isEqualTo("Paula");

		mvc.perform(post("/account").cookie(session)
			.with(csrf())
			.param("givenName", "Pirjo")
			.param("familyName", "Profiili")
			.param("email", "pirjo@example.org")
			.param("phone", "+358 40 123 4567")
			.param("jobTitle", "Hitsaaja")
			.param("occupation", WELDER)).andExpect(status().is3xxRedirection());
		var data = identities.personalData(person, person, "test").orElseThrow();
		assertThat(data.fullName()).isEqualTo("Pirjo Profiili");
		assertThat(data.phone()).isEqualTo("+358 40 123 4567");
		assertThat(profiles.workProfile(person)).isEqualTo(new WorkProfile("Hitsaaja", WELDER));
		assertThat(identities.accessLog(person, 10)).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("CHANGE");
			// The person changed it themselves, and their log says so.
			assertThat(entry.self()).isTrue();
		});
	}

	@Test
	void theProfilePrefillsTheMapping() throws Exception {
		var username = "prefill-" + System.nanoTime();
		var person = account(username);
		var company = organisations.list("Konepaja Kallio", OrganisationType.COMPANY, 0, 1).items().get(0);
		organisations.addMember(company.id(), person, Role.EMPLOYEE);
		profiles.save(person, "Hitsaaja", WELDER);
		var session = SignIn.as(mvc, username);
		mvc.perform(get("/competence").cookie(session).header("Accept-Language", "fi"))
			.andExpect(content().string(containsString("id=\"prefill\"")))
			.andExpect(content().string(containsString("hitsaaja")));
		mvc.perform(post("/competence/start").cookie(session).with(csrf()).param("prefill", "true"))
			.andExpect(status().is3xxRedirection());
		var mapping = competence.mapping(person).orElseThrow();
		assertThat(mapping.work()).singleElement().satisfies(work -> {
			assertThat(work.title()).isEqualTo("Hitsaaja");
			assertThat(work.employer()).isEqualTo(company.name());
		});
		// The occupation's typical skills are offered, each leading to the add form.
		mvc.perform(get("/competence").cookie(session).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("id=\"typical-skills\"")))
			.andExpect(content().string(containsString("/competence?skill=http://data.europa.eu/esco/skill/")));
		var skill = "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea";
		mvc.perform(get("/competence").param("skill", skill).cookie(session).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("name=\"uri\" value=\"" + skill + "\"")));
		// Starting again changes nothing.
		mvc.perform(post("/competence/start").cookie(session).with(csrf()).param("prefill", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(competence.mapping(person).orElseThrow().work()).hasSize(1);
	}

	private PersonId account(String username) {
		var person = identities.register(new NewPerson("Paula", "Profile", null, null)).id();
		identities.createLocalAccount(person, username, passwords.encode(SignIn.PASSWORD));
		return person;
	}

}
