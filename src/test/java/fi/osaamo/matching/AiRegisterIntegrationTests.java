package fi.osaamo.matching;

import java.util.List;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
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
class AiRegisterIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AiRegister register;

	@Autowired
	JobManagement jobs;

	@Autowired
	IdentityManagement identities;

	@AfterEach
	void everythingBackOn() {
		var admin = identities.findByUsername("demo-admin").orElseThrow().id();
		for (var feature : AutomatedFeature.values()) {
			register.set(feature, true, admin);
		}
	}

	@Test
	void theRegistersOwnFormSwitchesAFeatureOffAndOnAgain() throws Exception {
		var admin = SignIn.as(mvc, "demo-admin");
		for (var expected : new boolean[] { false, true }) {
			// Post what the page's form for the feature holds, as the browser does.
			var page = mvc.perform(get("/matching/register").cookie(admin))
				.andReturn()
				.getResponse()
				.getContentAsString();
			var form = java.util.regex.Pattern.compile(
					"name=\"feature\" value=\"GAP_COMPARISON\">\\s*<input type=\"hidden\" name=\"enabled\"( value=\"([a-z]*)\")?")
				.matcher(page);
			assertThat(form.find()).as("the switch form of GAP_COMPARISON").isTrue();
			assertThat(form.group(2)).as("the value the switch sends").isEqualTo(Boolean.toString(expected));
			mvc.perform(post("/matching/register").cookie(admin)
				.with(csrf())
				.param("feature", "GAP_COMPARISON")
				.param("enabled", form.group(2))).andExpect(status().is3xxRedirection());
			assertThat(register.isEnabled(AutomatedFeature.GAP_COMPARISON)).isEqualTo(expected);
		}
	}

	@Test
	void aSwitchedOffFeatureDisappearsAndItsApiAnswers403() throws Exception {
		var employee = SignIn.as(mvc, "demo-employee");
		var person = identities.findByUsername("demo-employee").orElseThrow().id();
		var task = jobs.list(person, null, JobStatus.OPEN, "", 0, 1).items().get(0);
		mvc.perform(get("/jobs/" + task.id()).cookie(employee))
			.andExpect(content().string(containsString("id=\"compare\"")));
		mvc.perform(get("/jobs/" + task.id() + "/gap").cookie(employee)).andExpect(status().isOk());

		var admin = SignIn.as(mvc, "demo-admin");
		mvc.perform(get("/matching/register").cookie(admin).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Candidates for a job task")))
			.andExpect(content().string(containsString("Known limits")));
		mvc.perform(post("/matching/register").cookie(admin)
			.with(csrf())
			.param("feature", "GAP_COMPARISON")
			.param("enabled", "false")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/matching/register").cookie(admin)
			.with(csrf())
			.param("feature", "JOB_RANKING")
			.param("enabled", "false")).andExpect(status().is3xxRedirection());

		mvc.perform(get("/jobs/" + task.id()).cookie(employee))
			.andExpect(content().string(not(containsString("id=\"compare\""))));
		mvc.perform(get("/jobs").cookie(employee)).andExpect(content().string(not(containsString("best-matches"))));
		mvc.perform(get("/jobs/" + task.id() + "/gap").cookie(employee)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/jobs/" + task.id() + "/gap").cookie(employee)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/matching/jobs").cookie(employee)
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isForbidden());
		// Other features stay on.
		mvc.perform(post("/api/v1/skills/extract").cookie(employee)
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"text": "first aid", "lang": "en"}""")).andExpect(status().isOk());
	}

	@Test
	void onlyPlatformAdministratorsSeeAndSwitchAndEveryUseIsCounted() throws Exception {
		var hr = SignIn.as(mvc, "demo-hr");
		mvc.perform(get("/matching/register").cookie(hr)).andExpect(status().isForbidden());
		mvc.perform(post("/matching/register").cookie(hr)
			.with(csrf())
			.param("feature", "CANDIDATE_RANKING")
			.param("enabled", "false")).andExpect(status().isForbidden());
		assertThat(register.isEnabled(AutomatedFeature.CANDIDATE_RANKING)).isTrue();

		var before = register.uses().get(AutomatedFeature.SKILL_EXTRACTION);
		mvc.perform(post("/api/v1/skills/extract").cookie(hr)
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"text": "first aid", "lang": "en"}""")).andExpect(status().isOk());
		assertThat(register.uses().get(AutomatedFeature.SKILL_EXTRACTION)).isEqualTo(before + 1);
		// HR extracts skills at work, so the register names them as colleagues know them.
		var hrId = identities.findByUsername("demo-hr").orElseThrow().id();
		var workName = identities.summaries(List.of(hrId)).get(hrId).atWork();
		assertThat(workName).isNotEqualTo(identities.findByUsername("demo-hr").orElseThrow().pseudonym());
		assertThat(register.log(AutomatedFeature.SKILL_EXTRACTION, 1)).extracting(AiRegister.Use::subject)
			.containsExactly("text");
		var page = mvc.perform(get("/matching/register").cookie(SignIn.as(mvc, "demo-admin")))
			.andExpect(content().string(containsString(workName)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// Every automated feature has its entry with a switch.
		for (var feature : List.of(AutomatedFeature.values())) {
			assertThat(page).contains("id=\"switch-" + feature.name() + "\"");
		}
	}

}
