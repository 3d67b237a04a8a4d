package fi.osaamo.matching;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.Provenance;
import fi.osaamo.competence.Section;
import fi.osaamo.competence.SharingManagement;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.Importance;
import fi.osaamo.jobs.JobDraft;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobStatus;
import fi.osaamo.jobs.JobTask;
import fi.osaamo.jobs.RequiredSkill;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class MatchingIntegrationTests {

	static final String WELDING = "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea";

	static final String FIRST_AID = "http://data.europa.eu/esco/skill/f7464f30-662b-4177-85a0-3df9693e9e58";

	@Autowired
	MockMvc mvc;

	@Autowired
	CompetenceManagement competence;

	@Autowired
	SharingManagement sharing;

	@Autowired
	JobManagement jobs;

	@Autowired
	IdentityManagement identities;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	TaxonomyManagement taxonomy;

	@Autowired
	GapAnalysis gaps;

	@Autowired
	GapExplainer explainer;

	@Autowired
	UseLog useLog;

	@Autowired
	fi.osaamo.studies.StudyManagement studies;

	@Autowired
	PasswordEncoder passwords;

	OrganisationId company;

	String suffix;

	PersonId hr;

	JobTask task;

	@BeforeEach
	void aCompanyWithAJobTask() {
		suffix = String.valueOf(System.nanoTime());
		company = organisations.list("Konepaja Kallio", OrganisationType.COMPANY, 0, 1).items().get(0).id();
		hr = account("match-hr-" + suffix);
		organisations.addMember(company, hr, Role.HR);
		task = jobs.create(hr, company,
				new JobDraft("Welder " + suffix, null, null, null, null, null, null, JobStatus.OPEN,
						List.of(new RequiredSkill(WELDING, 3, Importance.MUST, 1.0),
								new RequiredSkill(FIRST_AID, 2, Importance.NICE, 1.0))));
	}

	@Test
	void candidatesAreOnlyThoseWhoShareAndAChangedMappingCountsInTheNextRanking() throws Exception {
		var sharer = employee("sharer", 4);
		var secret = employee("secret", 5);
		sharing.share(sharer, company, EnumSet.of(Section.SKILLS), null);
		var session = SignIn.as(mvc, "match-hr-" + suffix);
		var before = useLog.count(UseLog.CANDIDATES);
		mvc.perform(get("/api/v1/matching/jobs/" + task.id() + "/candidates").param("limit", "100").cookie(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].person", hasItem(sharer.toString())))
			.andExpect(jsonPath("$[*].person", not(hasItem(secret.toString()))))
			.andExpect(jsonPath("$[?(@.person == '" + sharer + "')].pseudonym")
				.value(identities.find(sharer).orElseThrow().pseudonym()))
			.andExpect(jsonPath("$[?(@.person == '" + sharer + "')].explanation.matched[0].uri").value(WELDING));
		assertThat(useLog.count(UseLog.CANDIDATES)).isEqualTo(before + 1);
		mvc.perform(get("/api/v1/matching/jobs/" + task.id() + "/candidates").param("limit", "100")
			.header("Accept-Language", "sv")
			.cookie(session))
			.andExpect(jsonPath("$[?(@.person == '" + sharer + "')].explanation.text",
					hasItem(containsString("kandidaten uppfyller 1 av de 2"))));
		// HR reads about the candidate in a per-skill table, in HR's language.
		mvc.perform(get("/jobs/" + task.id() + "/candidates").cookie(session).header("Accept-Language", "fi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ehdokas täyttää 1/2 vaaditusta taidosta")))
			.andExpect(content().string(containsString("id=\"gap-" + sharer + "\"")))
			.andExpect(content().string(not(containsString("täytät"))))
			.andExpect(content().string(containsString(identities.find(sharer).orElseThrow().pseudonym())))
			.andExpect(content().string(not(containsString(identities.find(secret).orElseThrow().pseudonym()))));
		mvc.perform(get("/jobs/" + task.id() + "/candidates").cookie(SignIn.as(mvc, "demo-company")))
			.andExpect(status().isNotFound());

		// The sharer drops welding: the next ranking no longer finds them.
		var version = competence.mapping(sharer).orElseThrow().version();
		competence.removeSkill(sharer, WELDING, version);
		mvc.perform(get("/api/v1/matching/jobs/" + task.id() + "/candidates").param("limit", "100").cookie(session))
			.andExpect(jsonPath("$[*].person", not(hasItem(sharer.toString()))));
		// Revoking sharing takes the person out too.
		competence.saveSkill(sharer, new SkillClaim(WELDING, 4, Provenance.WORK, null, null, false),
				competence.mapping(sharer).orElseThrow().version());
		mvc.perform(get("/api/v1/matching/jobs/" + task.id() + "/candidates").param("limit", "100").cookie(session))
			.andExpect(jsonPath("$[*].person", hasItem(sharer.toString())));
		sharing.share(sharer, company, EnumSet.noneOf(Section.class), null);
		mvc.perform(get("/api/v1/matching/jobs/" + task.id() + "/candidates").param("limit", "100").cookie(session))
			.andExpect(jsonPath("$[*].person", not(hasItem(sharer.toString()))));
	}

	@Test
	void aStudyPathIsPlannedForASetOfSkills() throws Exception {
		studies.save(new fi.osaamo.studies.NewStudy("TEST", "path-" + suffix, "Rantalan ammattiopisto",
				"Hitsaus ja ensiapu " + suffix, null, fi.osaamo.studies.StudyType.MODULE, "fi", "092", false,
				java.time.LocalDate.now().plusDays(5), java.time.LocalDate.now().plusDays(20), 20,
				java.math.BigDecimal.ZERO, null, List.of(WELDING, FIRST_AID)));
		var session = SignIn.as(mvc, "demo-employee");
		mvc.perform(post("/api/v1/matching/study-path").cookie(session)
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"skills": ["%s", "%s"], "limit": 3}""".formatted(WELDING, FIRST_AID)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.lessThanOrEqualTo(3)))
			.andExpect(jsonPath("$[0].adds").isNotEmpty());
		mvc.perform(post("/api/v1/matching/study-path").cookie(session)
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"skills": []}""")).andExpect(status().isBadRequest());
	}

	@Test
	void candidatesAreForTheCompanysHrOnly() throws Exception {
		mvc.perform(get("/api/v1/matching/jobs/" + task.id() + "/candidates").cookie(SignIn.as(mvc, "demo-company")))
			.andExpect(status().isNotFound());
		var employee = employee("curious", 3);
		mvc.perform(get("/api/v1/matching/jobs/" + task.id() + "/candidates")
			.cookie(SignIn.as(mvc, "match-curious-" + suffix))).andExpect(status().isNotFound());
		assertThat(employee).isNotNull();
	}

	@Test
	void jobTasksAreRankedForGivenSkillsAmongThoseTheCallerSees() throws Exception {
		var session = SignIn.as(mvc, "demo-employee");
		mvc.perform(post("/api/v1/matching/jobs").cookie(session)
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"skills": [{"uri": "%s", "level": 4}, {"uri": "%s", "level": 2}], "limit": 100}"""
				.formatted(WELDING, FIRST_AID)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(task.id().toString()))
			.andExpect(jsonPath("$[0].score").value(100))
			.andExpect(jsonPath("$[0].explanation.matched.length()").value(2));
		// Another company's employee does not see the task.
		mvc.perform(post("/api/v1/matching/jobs").cookie(SignIn.as(mvc, "demo-company"))
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"skills": [{"uri": "%s", "level": 4}], "limit": 100}""".formatted(WELDING)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", not(hasItem(task.id().toString()))));
		mvc.perform(post("/api/v1/matching/jobs").cookie(session)
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"skills": [{"uri": "http://data.europa.eu/esco/skill/nope", "level": 4}]}"""))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/matching/jobs").cookie(session)
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"skills": [{"uri": "%s", "level": 7}]}""".formatted(WELDING))).andExpect(status().isBadRequest());
	}

	@Test
	void theJobListBestMatchesFirstPutsTheMatchingTaskOnTop() throws Exception {
		var welder = employee("ranked", 5);
		competence.saveSkill(welder, new SkillClaim(FIRST_AID, 3, Provenance.OTHER, null, null, false),
				competence.mapping(welder).orElseThrow().version());
		var html = mvc
			.perform(get("/matching/jobs").cookie(SignIn.as(mvc, "match-ranked-" + suffix))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var first = html.indexOf("<ol class=\"results\">");
		assertThat(html.indexOf("/jobs/" + task.id(), first)).isGreaterThan(first);
		assertThat(html.substring(first, html.indexOf("</li>", first))).contains("Welder " + suffix)
			.contains("Score 100/100");
	}

	@Test
	void aRelatedSkillEarnsPartOfTheCreditAndIsNamedInTheExplanation() {
		var pair = taxonomy.relations().broader().get(0);
		var narrowerOnly = account("match-related-" + suffix);
		organisations.addMember(company, narrowerOnly, Role.EMPLOYEE);
		competence.start(narrowerOnly);
		competence.replace(narrowerOnly, List.of(new SkillClaim(pair.first(), 5, Provenance.WORK, null, null, false)),
				List.of(), null, 0);
		var broaderTask = jobs.create(hr, company, new JobDraft("Broad " + suffix, null, null, null, null, null, null,
				JobStatus.OPEN, List.of(new RequiredSkill(pair.second(), 4, Importance.MUST, 1.0))));
		var gap = gaps.gap(narrowerOnly, broaderTask, Locale.ENGLISH);
		assertThat(gap.score()).isEqualTo(50);
		assertThat(gap.partial()).singleElement().satisfies(item -> {
			assertThat(item.relation()).isEqualTo("NARROWER");
			assertThat(item.via()).isNotBlank();
		});
		assertThat(explainer.lines(gap, GapExplainer.Voice.PERSON, Locale.ENGLISH))
			.anySatisfy(line -> assertThat(line).contains("you have", "half credit"));
		// HR reads about the candidate, in Swedish when they read Swedish.
		assertThat(explainer.lines(gap, GapExplainer.Voice.OTHERS, Locale.forLanguageTag("sv")))
			.anySatisfy(line -> assertThat(line).contains("kandidaten har", "halva poängen"))
			.first()
			.asString()
			.startsWith("Poäng 50/100: kandidaten uppfyller 0 av de 1");
		assertThat(explainer.lines(gap, GapExplainer.Voice.PERSON, Locale.forLanguageTag("fi")).get(0))
			.isEqualTo("Pisteet 50/100: täytät 0/1 vaaditusta taidosta vaaditulla tasolla.");
	}

	private PersonId employee(String name, int weldingLevel) {
		var person = account("match-" + name + "-" + suffix);
		organisations.addMember(company, person, Role.EMPLOYEE);
		competence.start(person);
		competence.replace(person, List.of(new SkillClaim(WELDING, weldingLevel, Provenance.WORK, null, null, false)),
				List.of(), null, 0);
		return person;
	}

	private PersonId account(String username) {
		var person = identities.register(new NewPerson("Matti", "Match", null, null)).id();
		identities.createLocalAccount(person, username, passwords.encode(SignIn.PASSWORD));
		return person;
	}

}
