package fi.osaamo.jobs;

import java.util.List;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The job task pages as HR uses them: the form says everything that is wrong at once and
 * keeps what was typed, and required skills are added, changed and removed.
 */
@IntegrationTest
class JobPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	@Autowired
	JobManagement jobs;

	@Autowired
	PasswordEncoder passwords;

	PersonId hr;

	Cookie hrA;

	Cookie hrB;

	JobId job;

	@BeforeEach
	void aTask() throws Exception {
		var suffix = String.valueOf(System.nanoTime());
		var companyA = organisations.list("Konepaja Kallio", OrganisationType.COMPANY, 0, 1).items().get(0).id();
		var companyB = organisations.list("Hitsaus ja Teräs Virtanen", OrganisationType.COMPANY, 0, 1)
			.items()
			.get(0)
			.id();
		hr = account("pages-hr-a-" + suffix);
		organisations.addMember(companyA, hr, Role.HR);
		organisations.addMember(companyB, account("pages-hr-b-" + suffix), Role.HR);
		hrA = SignIn.as(mvc, "pages-hr-a-" + suffix);
		hrB = SignIn.as(mvc, "pages-hr-b-" + suffix);
		job = jobs
			.create(hr, companyA,
					new JobDraft("Hitsaaja " + suffix, null, null, null, null, null, null, null, JobStatus.OPEN,
							List.of()))
			.id();
	}

	@Test
	void hrAddsChangesAndRemovesARequiredSkill() throws Exception {
		mvc.perform(post("/jobs/" + job + "/skills").cookie(hrA)
			.with(csrf())
			.param("uri", JobIntegrationTests.WELDING)
			.param("level", "2")
			.param("importance", "MUST")
			.param("weight", "1")
			.param("version", "0"))
			.andExpect(redirectedUrl("/jobs/" + job + "#skills-heading"))
			.andExpect(flash().attributeExists("osaamo.notice"));
		mvc.perform(get("/jobs/" + job).param("skill", JobIntegrationTests.WELDING).cookie(hrA))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"editing\" value=\"true\""),
					containsString("<option value=\"2\" selected>"), containsString("id=\"cancel-skill\""))));

		mvc.perform(post("/jobs/" + job + "/skills").cookie(hrA)
			.with(csrf())
			.param("uri", JobIntegrationTests.WELDING)
			.param("editing", "true")
			.param("level", "4")
			.param("importance", "NICE")
			.param("weight", "1,5")
			.param("version", "1")).andExpect(redirectedUrl("/jobs/" + job + "#skills-heading"));
		assertThat(jobs.require(job, hr).requiredSkills()).singleElement()
			.isEqualTo(new RequiredSkill(JobIntegrationTests.WELDING, 4, Importance.NICE, 1.5));

		mvc.perform(post("/jobs/" + job + "/skills").cookie(hrA)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("uri", JobIntegrationTests.WELDING)
			.param("editing", "true")
			.param("level", "9")
			.param("importance", "NICE")
			.param("weight", "12")
			.param("version", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("There are 2 problems"),
					containsString("id=\"required-level-error\""), containsString("id=\"weight-error\""),
					containsString("value=\"12\""), containsString("name=\"editing\" value=\"true\""))));
		assertThat(jobs.require(job, hr).requiredSkills().get(0).level()).isEqualTo(4);

		mvc.perform(post("/jobs/" + job + "/skills").cookie(hrB)
			.with(csrf())
			.param("uri", JobIntegrationTests.WELDING)
			.param("level", "1")
			.param("importance", "MUST")
			.param("weight", "1")
			.param("version", "2")).andExpect(status().isNotFound());
		mvc.perform(post("/jobs/" + job + "/skills/remove").cookie(hrB)
			.with(csrf())
			.param("uri", JobIntegrationTests.WELDING)
			.param("version", "2")).andExpect(status().isNotFound());
		mvc.perform(post("/jobs/" + job + "/skills/remove").cookie(hrA)
			.with(csrf())
			.param("uri", JobIntegrationTests.WELDING)
			.param("version", "2")).andExpect(flash().attributeExists("osaamo.notice"));
		assertThat(jobs.require(job, hr).requiredSkills()).isEmpty();
	}

	@Test
	void aRefusedTaskShowsEveryProblemAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/jobs/" + job).cookie(hrA)
			.with(csrf())
			.header("Accept-Language", "fi")
			.param("title", " ")
			.param("location", "Telakkakatu 5")
			.param("applyFrom", "2027-02-01")
			.param("applyTo", "2027-01-01")
			.param("municipality", "999")
			.param("status", "OPEN")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Lomakkeessa on 3 virhettä"), containsString("id=\"title-error\""),
						containsString("id=\"applyTo-error\""), containsString("id=\"municipality-error\""),
						containsString("value=\"Telakkakatu 5\""), containsString("value=\"2027-02-01\""))));
		assertThat(jobs.require(job, hr).title()).startsWith("Hitsaaja");
	}

	private PersonId account(String username) {
		var person = identities.register(new NewPerson("Paula", "Pages", null, null)).id();
		identities.createLocalAccount(person, username, passwords.encode(SignIn.PASSWORD));
		return person;
	}

}
