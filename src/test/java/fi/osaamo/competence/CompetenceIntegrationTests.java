package fi.osaamo.competence;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CompetenceIntegrationTests {

	static final String WELDING = "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea";

	static final String FIRST_AID = "http://data.europa.eu/esco/skill/f7464f30-662b-4177-85a0-3df9693e9e58";

	static final String WELDING_EQUIPMENT = "http://data.europa.eu/esco/skill/2fcd95a4-1f9a-41cf-95a9-4701bde476b4";

	@Autowired
	MockMvc mvc;

	@Autowired
	CompetenceManagement competence;

	@Autowired
	IdentityManagement identities;

	@Autowired
	PasswordEncoder passwords;

	PersonId person;

	Cookie session;

	@BeforeEach
	void newJobSeeker() throws Exception {
		var username = "seeker-" + System.nanoTime();
		person = identities.register(new NewPerson("Sanni", "Seeker", null, null)).id();
		identities.createLocalAccount(person, username, passwords.encode(SignIn.PASSWORD));
		session = SignIn.as(mvc, username);
	}

	@Test
	void aRefusedWorkEntryShowsEveryProblemAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/competence/start").cookie(session).with(csrf())).andExpect(redirectedUrl("/competence"));
		var version = competence.mapping(person).orElseThrow().version();
		var html = mvc
			.perform(post("/competence/work").cookie(session)
				.with(csrf())
				.header("Accept-Language", "sv")
				.param("title", " ")
				.param("place", "Konepaja Kallio")
				.param("startYear", "20x5")
				.param("endYear", "1930")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"error-summary\"", "Det finns 3 problem", "href=\"#workTitle\"",
				"href=\"#startYear\"", "href=\"#endYear\"", "id=\"workTitle-error\"", "id=\"startYear-error\"",
				"value=\"Konepaja Kallio\"", "value=\"20x5\"", "value=\"1930\"", "aria-describedby=\"endYear-error\"");
		assertThat(competence.mapping(person).orElseThrow().work()).isEmpty();

		// A stale version (another tab saved meanwhile) keeps the entry too.
		competence.saveSummary(person, "Toisesta välilehdestä", version);
		html = mvc
			.perform(post("/competence/work").cookie(session)
				.with(csrf())
				.header("Accept-Language", "en")
				.param("title", "Hitsaaja")
				.param("startYear", "2015")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Someone else changed this", "value=\"Hitsaaja\"", "value=\"2015\"");

		var saved = mvc
			.perform(post("/competence/work").cookie(session)
				.with(csrf())
				.param("title", "Hitsaaja")
				.param("startYear", "2015")
				.param("version", String.valueOf(version + 1)))
			.andExpect(redirectedUrl("/competence/background#work-heading"))
			.andReturn();
		mvc.perform(get("/competence/background").cookie(session)
			.header("Accept-Language", "en")
			.flashAttrs(saved.getFlashMap()))
			.andExpect(content().string(containsString("Work history entry \"Hitsaaja\" added.")));
		assertThat(competence.mapping(person).orElseThrow().work()).singleElement()
			.satisfies(entry -> assertThat(entry.startYear()).isEqualTo(2015));
	}

	@Test
	void anEntryIsCorrectedInPlaceAndOnlyByItsOwner() throws Exception {
		competence.start(person);
		var version = competence.addWork(person, "Hitsari", "Konepaja", 2015, null,
				competence.mapping(person).orElseThrow().version());
		var id = competence.mapping(person).orElseThrow().work().get(0).id();
		mvc.perform(get("/competence/work/" + id + "/edit").cookie(session).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Hitsari\"")))
			.andExpect(content().string(containsString("action=\"/competence/work/" + id + "\"")));
		mvc.perform(post("/competence/work/" + id).cookie(session)
			.with(csrf())
			.param("title", "Hitsaaja")
			.param("place", "Konepaja Kallio")
			.param("startYear", "2015")
			.param("endYear", "2021")
			.param("version", String.valueOf(version))).andExpect(redirectedUrl("/competence/background#work-heading"));
		assertThat(competence.mapping(person).orElseThrow().work()).singleElement().satisfies(entry -> {
			assertThat(entry.title()).isEqualTo("Hitsaaja");
			assertThat(entry.endYear()).isEqualTo(2021);
		});
		// Someone else's session finds no such entry.
		var other = identities.register(new NewPerson("Olli", "Other", null, null)).id();
		var otherName = "other-" + System.nanoTime();
		identities.createLocalAccount(other, otherName, passwords.encode(SignIn.PASSWORD));
		competence.start(other);
		var otherSession = SignIn.as(mvc, otherName);
		mvc.perform(get("/competence/work/" + id + "/edit").cookie(otherSession)).andExpect(status().isNotFound());
		mvc.perform(post("/competence/work/" + id).cookie(otherSession)
			.with(csrf())
			.param("title", "Kaappaus")
			.param("version", String.valueOf(competence.mapping(other).orElseThrow().version())))
			.andExpect(status().isNotFound());
		assertThat(competence.mapping(person).orElseThrow().work().get(0).title()).isEqualTo("Hitsaaja");
	}

	@Test
	void aChangedLevelAddsADatedAssertionAndKeepsTheHistory() throws Exception {
		mvc.perform(get("/competence").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("start-mapping")));
		mvc.perform(post("/competence/start").cookie(session).with(csrf())).andExpect(redirectedUrl("/competence"));
		saveSkill(WELDING, 2, 0).andExpect(status().is3xxRedirection());
		saveSkill(WELDING, 4, 1).andExpect(status().is3xxRedirection());
		saveSkill(WELDING_EQUIPMENT, 3, 2).andExpect(status().is3xxRedirection());
		var mapping = competence.mapping(person).orElseThrow();
		assertThat(mapping.skills()).extracting(SkillClaim::skillUri, SkillClaim::level)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(WELDING, 4),
					org.assertj.core.groups.Tuple.tuple(WELDING_EQUIPMENT, 3));
		assertThat(competence.history(person)).filteredOn(assertion -> assertion.skillUri().equals(WELDING))
			.extracting(Assertion::level)
			.containsExactly(4, 2);
		mvc.perform(get("/competence/history").cookie(session).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("4 – Advanced")))
			.andExpect(content().string(containsString("2 – Working knowledge")));
	}

	@Test
	void aStaleSaveFromAnotherTabIsRefusedAndTheInputKept() throws Exception {
		competence.start(person);
		saveSkill(WELDING, 3, 0).andExpect(status().is3xxRedirection());
		mvc.perform(post("/competence/skills").cookie(session)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("uri", WELDING_EQUIPMENT)
			.param("level", "2")
			.param("provenance", "EDUCATION")
			.param("reference", "Evening course 2024")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this")))
			.andExpect(content().string(containsString("value=\"Evening course 2024\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(competence.mapping(person).orElseThrow().skills()).hasSize(1);
	}

	@Test
	void theApiReplacesTheMappingAndRefusesBadInputWithoutSavingAnything() throws Exception {
		mvc.perform(get("/api/v1/me/competence").cookie(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.started").value(false));
		mvc.perform(put("/api/v1/me/competence").cookie(session)
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"skills": [{"uri": "%s", "level": 3, "provenance": "WORK", "strength": true}],
					 "targets": [{"uri": "%s", "level": 4}], "summary": "Welder", "version": 0}""".formatted(WELDING,
					WELDING_EQUIPMENT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.skills[0].uri").value(WELDING))
			.andExpect(jsonPath("$.targets[0].level").value(4));
		bad("""
				{"skills": [{"uri": "http://data.europa.eu/esco/skill/nope", "level": 3}], "targets": [], "version": 1}""",
				"skillUri");
		bad("""
				{"skills": [{"uri": "%s", "level": 6}], "targets": [], "version": 1}""".formatted(WELDING),
				"skills[0].level");
		bad("""
				{"skills": [], "targets": [], "summary": "%s", "version": 1}""".formatted("x".repeat(4001)), "summary");
		mvc.perform(put("/api/v1/me/competence").cookie(session)
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"skills\": [], \"targets\": [], \"version\": 0}")).andExpect(status().isConflict());
		var mapping = competence.mapping(person).orElseThrow();
		assertThat(mapping.version()).isEqualTo(1);
		assertThat(mapping.skills()).singleElement().satisfies(skill -> assertThat(skill.level()).isEqualTo(3));
		assertThat(mapping.summary()).isEqualTo("Welder");
	}

	@Test
	void deletingTheMappingRemovesEverything() throws Exception {
		competence.start(person);
		saveSkill(WELDING, 3, 0);
		mvc.perform(get("/competence/delete").cookie(session))
			.andExpect(content().string(containsString("confirm-delete")));
		mvc.perform(post("/competence/delete").cookie(session).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(competence.mapping(person)).isEmpty();
		assertThat(competence.history(person)).isEmpty();
	}

	@Test
	void nobodyElseSeesAMappingThroughTheMappingPages() throws Exception {
		competence.start(person);
		saveSkill(WELDING, 5, 0);
		var other = SignIn.as(mvc, "demo-employee");
		mvc.perform(get("/api/v1/me/competence").cookie(other))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("\"level\":5"))));
		mvc.perform(get("/competence/shared/" + java.util.UUID.randomUUID() + "/" + person).cookie(other))
			.andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.ResultActions saveSkill(String uri, int level, int version)
			throws Exception {
		return mvc.perform(post("/competence/skills").cookie(session)
			.with(csrf())
			.param("uri", uri)
			.param("level", String.valueOf(level))
			.param("provenance", "WORK")
			.param("version", String.valueOf(version)));
	}

	private void bad(String body, String field) throws Exception {
		mvc.perform(put("/api/v1/me/competence").cookie(session)
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(field));
	}

}
