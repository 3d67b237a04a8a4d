package fi.osaamo.matching;

import java.util.List;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.jobs.JobDraft;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobStatus;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ExtractionIntegrationTests {

	static final String WELDING_EQUIPMENT = "http://data.europa.eu/esco/skill/2fcd95a4-1f9a-41cf-95a9-4701bde476b4";

	static final String FIRST_AID = "http://data.europa.eu/esco/skill/f7464f30-662b-4177-85a0-3df9693e9e58";

	static final String MIG = "http://data.europa.eu/esco/skill/f015c5d5-6a1c-4f63-9012-a05f4f34105e";

	static final String TIG = "http://data.europa.eu/esco/skill/a51adea8-bf02-488a-a0d8-b0961caca5b0";

	@Autowired
	MockMvc mvc;

	@Autowired
	JobManagement jobs;

	@Autowired
	IdentityManagement identities;

	@Autowired
	OrganisationManagement organisations;

	@Test
	void skillsAreProposedWithThePhraseAndItsPositionInEachLanguage() throws Exception {
		var session = SignIn.as(mvc, "demo-employee");
		var text = "The welder must operate welding equipment daily and know first aid.";
		mvc.perform(post("/api/v1/skills/extract").cookie(session)
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"text": "%s", "lang": "en"}""".formatted(text)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].uri", hasItem(WELDING_EQUIPMENT)))
			.andExpect(jsonPath("$[*].uri", hasItem(FIRST_AID)))
			.andExpect(jsonPath("$[?(@.uri == '" + WELDING_EQUIPMENT + "')].phrase").value("operate welding equipment"))
			.andExpect(jsonPath("$[?(@.uri == '" + WELDING_EQUIPMENT + "')].start").value(text.indexOf("operate")))
			.andExpect(jsonPath("$[?(@.uri == '" + FIRST_AID + "')].end")
				.value(text.indexOf("first aid") + "first aid".length()));
		mvc.perform(post("/api/v1/skills/extract").cookie(session)
			.with(csrf().asHeader())
			.header("Accept-Language", "fi")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"text": "Tehtävä: työskennellä hitsauslaitteilla. Ensiapu on hallittava.", "lang": "fi"}"""))
			.andExpect(jsonPath("$[*].uri", hasItem(WELDING_EQUIPMENT)))
			.andExpect(jsonPath("$[*].uri", hasItem(FIRST_AID)))
			.andExpect(jsonPath("$[?(@.uri == '" + FIRST_AID + "')].label").value("ensiapu"));
		// Issue 14: a Finnish description read by an English-speaking user.
		mvc.perform(post("/api/v1/skills/extract").cookie(session)
			.with(csrf().asHeader())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"text": "Haemme hitsaajaa MIG/TIG-hitsaukseen. Tarkastat hitsaussaumat. Ensiapukoulutus on eduksi."}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].uri", hasItem(MIG)))
			.andExpect(jsonPath("$[*].uri", hasItem(TIG)))
			.andExpect(jsonPath("$[*].uri", hasItem(FIRST_AID)))
			.andExpect(jsonPath("$[?(@.uri == '" + FIRST_AID + "')].label").value("first aid"))
			.andExpect(jsonPath("$[0].language").value("fi"));
		mvc.perform(post("/api/v1/skills/extract").cookie(session)
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"text": "Du behöver kunskaper i första hjälpen.", "lang": "sv"}"""))
			.andExpect(jsonPath("$[*].uri", hasItem(FIRST_AID)));
		mvc.perform(post("/api/v1/skills/extract").cookie(session)
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"text": "x", "lang": "de"}""")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/skills/extract").with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"text": "first aid", "lang": "en"}""")).andExpect(status().isUnauthorized());
	}

	@Test
	void hrSeesProposalsFromTheDescriptionAndAddsNoneUntilTheyChoose() throws Exception {
		var hr = identities.findByUsername("demo-hr").orElseThrow().id();
		var company = organisations.list("Konepaja Kallio", OrganisationType.COMPANY, 0, 1).items().get(0).id();
		var task = jobs.create(hr, company,
				new JobDraft("Proposals " + System.nanoTime(),
						"Tehtävässä pitää työskennellä hitsauslaitteilla. Ensiapu on eduksi.", null, null, null, null,
						null, JobStatus.DRAFT, List.of()));
		mvc.perform(get("/jobs/" + task.id() + "/proposals").cookie(SignIn.as(mvc, "demo-hr"))
			.header("Accept-Language", "fi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("työskennellä hitsauslaitteilla")))
			.andExpect(content().string(containsString("value=\"" + WELDING_EQUIPMENT + "\"")));
		// Read in Finnish, the description's language, for an English-speaking HR
		// specialist.
		mvc.perform(get("/jobs/" + task.id() + "/proposals").cookie(SignIn.as(mvc, "demo-hr"))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + WELDING_EQUIPMENT + "\"")))
			.andExpect(content().string(containsString("<option value=\"fi\" selected")));
		org.assertj.core.api.Assertions.assertThat(jobs.require(task.id(), hr).requiredSkills()).isEmpty();
		mvc.perform(get("/jobs/" + task.id() + "/proposals").cookie(SignIn.as(mvc, "demo-employee")))
			.andExpect(status().isNotFound());
	}

}
