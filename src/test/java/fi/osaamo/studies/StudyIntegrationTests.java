package fi.osaamo.studies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.competence.DevelopmentPlan;
import fi.osaamo.competence.PlanStatus;
import fi.osaamo.identity.IdentityManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
class StudyIntegrationTests {

	static final String WELDING = "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea";

	static final String FIRST_AID = "http://data.europa.eu/esco/skill/f7464f30-662b-4177-85a0-3df9693e9e58";

	@Autowired
	MockMvc mvc;

	@Autowired
	StudyManagement studies;

	@Autowired
	DevelopmentPlan plan;

	@Autowired
	IdentityManagement identities;

	@Test
	void theDemoRegionHasAboutAHundredStudiesWithSkills() throws Exception {
		assertThat(studies.count()).isBetween(80L, 160L);
		var session = SignIn.as(mvc, "demo-employee");
		mvc.perform(get("/api/v1/studies").param("type", "ONLINE").param("size", "5").cookie(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].type").value("ONLINE"))
			.andExpect(jsonPath("$.items[0].skills").isNotEmpty())
			.andExpect(jsonPath("$.items[0].provider").exists());
		mvc.perform(get("/api/v1/studies").param("language", "de").cookie(session)).andExpect(status().isBadRequest());
	}

	@Test
	void studiesTeachingTheSkillsComeFirstThoseEndingBeforeTheJobStarts() {
		var late = save("late-" + System.nanoTime(), LocalDate.now().plusDays(100), List.of(WELDING, FIRST_AID));
		var early = save("early-" + System.nanoTime(), LocalDate.now().plusDays(10), List.of(WELDING, FIRST_AID));
		var found = studies.teaching(List.of(WELDING, FIRST_AID), LocalDate.now().plusDays(60), 50)
			.stream()
			.map(Study::id)
			.toList();
		assertThat(found).contains(early, late);
		assertThat(found.indexOf(early)).isLessThan(found.indexOf(late));
	}

	@Test
	void hrCorrectionsKeepTheOriginalRecord() throws Exception {
		var id = save("corrected-" + System.nanoTime(), LocalDate.now().plusDays(20), List.of(WELDING));
		var hr = SignIn.as(mvc, "demo-hr");
		mvc.perform(post("/studies/" + id + "/skills/remove").cookie(hr).with(csrf()).param("uri", WELDING))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/studies/" + id + "/skills").cookie(hr).with(csrf()).param("uri", FIRST_AID))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/studies/" + id + "/note").cookie(hr).with(csrf()).param("note", "Good for apprentices"))
			.andExpect(status().is3xxRedirection());
		var study = studies.find(id).orElseThrow();
		assertThat(study.skills()).containsExactly(FIRST_AID);
		assertThat(study.localNote()).isEqualTo("Good for apprentices");
		// The source sends the record again: its own skill stays hidden, the local one
		// stays.
		save(study.title().replace("Study ", ""), study.startDate(), List.of(WELDING));
		mvc.perform(post("/studies/" + id + "/skills").cookie(SignIn.as(mvc, "demo-employee"))
			.with(csrf())
			.param("uri", WELDING)).andExpect(status().isForbidden());
	}

	@Test
	void anEmployeeAddsAStudyToTheDevelopmentPlan() throws Exception {
		var id = save("plan-" + System.nanoTime(), LocalDate.now().plusDays(20), List.of(WELDING));
		var session = SignIn.as(mvc, "demo-instructor");
		mvc.perform(post("/competence/plan").cookie(session).with(csrf()).param("study", id.toString()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/competence/plan/status").cookie(session)
			.with(csrf())
			.param("study", id.toString())
			.param("status", "IN_PROGRESS")).andExpect(status().is3xxRedirection());
		var person = identities.findByUsername("demo-instructor").orElseThrow().id();
		assertThat(plan.items(person)).anySatisfy(item -> {
			assertThat(item.studyId()).isEqualTo(id);
			assertThat(item.status()).isEqualTo(PlanStatus.IN_PROGRESS);
		});
		mvc.perform(get("/competence/development").cookie(session).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Development plan")));
	}

	private java.util.UUID save(String key, LocalDate start, List<String> skills) {
		return studies.save(new NewStudy("TEST", key, "Test provider", "Study " + key, null, StudyType.MODULE, "fi",
				"092", false, start, start.plusDays(5), 20, BigDecimal.TEN, null, skills));
	}

}
