package fi.osaamo.jobs;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.Provenance;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class JobIntegrationTests {

	static final String WELDING = "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea";

	static final String WELDING_EQUIPMENT = "http://data.europa.eu/esco/skill/2fcd95a4-1f9a-41cf-95a9-4701bde476b4";

	static final String FIRST_AID = "http://data.europa.eu/esco/skill/f7464f30-662b-4177-85a0-3df9693e9e58";

	static final String WELDER = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	@Autowired
	CompetenceManagement competence;

	@Autowired
	JobManagement jobs;

	@Autowired
	PasswordEncoder passwords;

	OrganisationId companyA;

	Cookie hrA;

	Cookie employeeA;

	PersonId employee;

	PersonId hrAPerson;

	Cookie hrB;

	@BeforeEach
	void companies() throws Exception {
		var suffix = String.valueOf(System.nanoTime());
		companyA = organisations.list("Konepaja Kallio", OrganisationType.COMPANY, 0, 1).items().get(0).id();
		var companyB = organisations.list("Hitsaus ja Teräs Virtanen", OrganisationType.COMPANY, 0, 1)
			.items()
			.get(0)
			.id();
		hrAPerson = account("jobs-hr-a-" + suffix);
		organisations.addMember(companyA, hrAPerson, Role.HR);
		employee = account("jobs-employee-" + suffix);
		organisations.addMember(companyA, employee, Role.EMPLOYEE);
		organisations.addMember(companyB, account("jobs-hr-b-" + suffix), Role.HR);
		hrA = SignIn.as(mvc, "jobs-hr-a-" + suffix);
		employeeA = SignIn.as(mvc, "jobs-employee-" + suffix);
		hrB = SignIn.as(mvc, "jobs-hr-b-" + suffix);
	}

	@Test
	void hrCreatesAJobTaskThatItsEmployeesSeeAndOtherCompaniesDoNot() throws Exception {
		var id = create("""
				{"title": "Hitsaaja", "occupation": "%s", "status": "OPEN",
				 "applicationPeriod": {"from": "2026-12-01", "to": "2027-01-15"}, "startDate": "2027-02-01",
				 "requiredSkills": [{"uri": "%s", "level": 3, "importance": "MUST", "weight": 1.0},
				                    {"uri": "%s", "level": 2, "importance": "NICE", "weight": 0.5}]}"""
			.formatted(WELDER, WELDING, WELDING_EQUIPMENT));
		mvc.perform(get("/api/v1/jobs/" + id).cookie(employeeA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Hitsaaja"))
			.andExpect(jsonPath("$.occupation").value(WELDER))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.applicationPeriod.from").value("2026-12-01"))
			.andExpect(jsonPath("$.applicationPeriod.to").value("2027-01-15"))
			.andExpect(jsonPath("$.startDate").value("2027-02-01"))
			.andExpect(jsonPath("$.requiredSkills[0].uri").value(WELDING))
			.andExpect(jsonPath("$.requiredSkills[0].importance").value("MUST"));
		mvc.perform(get("/api/v1/jobs").cookie(employeeA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").exists());
		mvc.perform(get("/api/v1/jobs/" + id).cookie(hrB)).andExpect(status().isNotFound());
		mvc.perform(get("/jobs/" + id).cookie(hrB)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/jobs").cookie(hrB))
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").doesNotExist());
		mvc.perform(delete("/api/v1/jobs/" + id).cookie(hrB).with(csrf().asHeader())).andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/jobs/" + id).cookie(employeeA).with(csrf().asHeader()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aJobTaskIsAlsoASchemaOrgJobPosting() throws Exception {
		var id = create("""
				{"title": "Hitsaaja", "occupation": "%s", "status": "OPEN",
				 "applicationPeriod": {"from": "2026-12-01", "to": "2027-01-15"}, "startDate": "2027-02-01",
				 "requiredSkills": [{"uri": "%s", "level": 3}]}""".formatted(WELDER, WELDING));
		mvc.perform(get("/api/v1/jobs/" + id).cookie(employeeA).accept("application/ld+json"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/ld+json"))
			.andExpect(jsonPath("$['@type']").value("JobPosting"))
			.andExpect(jsonPath("$.validThrough").value("2027-01-15"))
			.andExpect(jsonPath("$.jobStartDate").value("2027-02-01"))
			.andExpect(jsonPath("$.skills[0]['@type']").value("DefinedTerm"))
			.andExpect(jsonPath("$.skills[0].termCode").value(WELDING))
			.andExpect(jsonPath("$.occupationalCategory.termCode").value(WELDER))
			.andExpect(jsonPath("$.hiringOrganization.identifier.value").exists());
	}

	@Test
	void draftsAreHiddenFromEmployees() throws Exception {
		var id = create("{\"title\": \"Salainen luonnos\", \"status\": \"DRAFT\"}");
		mvc.perform(get("/api/v1/jobs/" + id).cookie(hrA)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/jobs/" + id).cookie(employeeA)).andExpect(status().isNotFound());
	}

	@Test
	void badInputIsRefusedAndNothingIsSaved() throws Exception {
		var before = jobs.list(hrAPerson, companyA, null, "", 0, 1).total();
		bad("{\"title\": \"A\", \"applicationPeriod\": {\"from\": \"2027-01-15\", \"to\": \"2026-12-01\"}}", "applyTo",
				"cannot end before it starts");
		bad("{\"title\": \"A\", \"applicationPeriod\": {\"from\": \"2026-12-01\", \"to\": \"2027-01-15\"}, \"startDate\": \"2027-01-01\"}",
				"startDate", "cannot be before the application period ends");
		bad("{\"title\": \"A\", \"requiredSkills\": [{\"uri\": \"http://data.europa.eu/esco/skill/nope\", \"level\": 3}]}",
				"requiredSkills", "Unknown skill");
		bad("{\"title\": \"A\", \"requiredSkills\": [{\"uri\": \"%s\", \"level\": 6}]}".formatted(WELDING),
				"requiredSkills[0].level", "at most 5");
		bad("{\"title\": \"%s\"}".formatted("x".repeat(201)), "title", "at most 200 characters");
		bad("{\"title\": \"A\", \"occupation\": \"%s\"}".formatted(WELDING), "occupation", "Unknown occupation");
		bad("{\"title\": \"A\", \"municipality\": \"999\"}", "municipality", "not a municipality code");
		assertThat(jobs.list(hrAPerson, companyA, null, "", 0, 1).total()).isEqualTo(before);
	}

	@Test
	void aTaskIsPublishedOnTheDayItIsFirstOpenedAndPlacedInAMunicipality() throws Exception {
		var id = create("{\"title\": \"Luonnos ensin\", \"status\": \"DRAFT\"}");
		var draft = jobs.require(new JobId(java.util.UUID.fromString(id)), hrAPerson);
		assertThat(draft.publishedOn()).isNull();
		var home = organisations.find(companyA).orElseThrow().municipalityCode();
		assertThat(draft.municipalityCode()).isEqualTo(home);

		mvc.perform(post("/jobs/" + id).cookie(hrA)
			.with(csrf())
			.param("title", "Luonnos ensin")
			.param("municipality", "837")
			.param("status", "OPEN")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		var today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"));
		var opened = jobs.require(draft.id(), hrAPerson);
		assertThat(opened.publishedOn()).isEqualTo(today);
		assertThat(opened.municipalityCode()).isEqualTo("837");
		mvc.perform(get("/jobs/" + id).cookie(employeeA).header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tammerfors")));

		// A change that names no municipality (as the JSON API allows) keeps the task's.
		mvc.perform(put("/api/v1/jobs/" + id).cookie(hrA)
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Avattu\", \"status\": \"OPEN\", \"version\": 1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.municipality").value("837"));
		mvc.perform(post("/jobs/" + id).cookie(hrA)
			.with(csrf())
			.param("title", "Avattu")
			.param("municipality", "999")
			.param("status", "OPEN")
			.param("version", "2")
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is not a municipality code")));
	}

	@Test
	void aTaskWithInterestedEmployeesIsClosedNotDeleted() throws Exception {
		var id = create("{\"title\": \"Suosittu tehtävä\", \"status\": \"OPEN\"}");
		mvc.perform(post("/jobs/" + id + "/interest").cookie(employeeA).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// The page then offers to withdraw the interest, and its form says so.
		mvc.perform(get("/jobs/" + id).cookie(employeeA))
			.andExpect(content().string(containsString("name=\"interested\" value=\"false\"")));
		mvc.perform(get("/jobs/" + id).cookie(hrA))
			.andExpect(content().string(containsString(identities.find(employee).orElseThrow().pseudonym())));
		mvc.perform(delete("/api/v1/jobs/" + id).cookie(hrA).with(csrf().asHeader()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.closed").value(true));
		mvc.perform(get("/api/v1/jobs/" + id).cookie(hrA)).andExpect(jsonPath("$.status").value("CLOSED"));
		var empty = create("{\"title\": \"Turha tehtävä\", \"status\": \"OPEN\"}");
		mvc.perform(delete("/api/v1/jobs/" + empty).cookie(hrA).with(csrf().asHeader()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/jobs/" + empty).cookie(hrA)).andExpect(status().isNotFound());
	}

	@Test
	void theGapExplainsMatchedPartialAndMissingSkills() throws Exception {
		var id = create("""
				{"title": "Hitsaaja", "status": "OPEN", "requiredSkills": [
				  {"uri": "%s", "level": 3, "importance": "MUST", "weight": 1},
				  {"uri": "%s", "level": 4, "importance": "MUST", "weight": 1},
				  {"uri": "%s", "level": 2, "importance": "NICE", "weight": 1}]}""".formatted(WELDING,
				WELDING_EQUIPMENT, FIRST_AID));
		competence.start(employee);
		competence.replace(employee,
				java.util.List.of(new SkillClaim(WELDING, 4, Provenance.WORK, null, null, false),
						new SkillClaim(WELDING_EQUIPMENT, 2, Provenance.WORK, null, null, false)),
				java.util.List.of(), null, 0);
		// weights: 2 + 2 + 1 = 5; earned: 2 (matched) + 2 * 2/4 (partial) + 0 = 3 -> 60
		mvc.perform(get("/api/v1/jobs/" + id + "/gap").cookie(employeeA).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score").value(60))
			.andExpect(jsonPath("$.matched[0].uri").value(WELDING))
			.andExpect(jsonPath("$.partial[0].uri").value(WELDING_EQUIPMENT))
			.andExpect(jsonPath("$.partial[0].level").value(2))
			.andExpect(jsonPath("$.partial[0].required").value(4))
			.andExpect(jsonPath("$.missing[0].uri").value(FIRST_AID))
			.andExpect(jsonPath("$.explanation").value(containsString("you meet 1 of the 3 required skills")));
		mvc.perform(get("/jobs/" + id + "/gap").cookie(employeeA).header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Poäng 60/100")));
		mvc.perform(get("/api/v1/jobs/" + id + "/gap").cookie(hrB)).andExpect(status().isNotFound());
	}

	private String create(String body) throws Exception {
		var response = mvc
			.perform(post("/api/v1/jobs").cookie(hrA)
				.with(csrf().asHeader())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.id").exists())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(response, "$.id");
	}

	private void bad(String body, String field, String message) throws Exception {
		mvc.perform(post("/api/v1/jobs").cookie(hrA)
			.with(csrf().asHeader())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(message)));
	}

	private PersonId account(String username) {
		var person = identities.register(new NewPerson("Jaana", "Jobs", null, null)).id();
		identities.createLocalAccount(person, username, passwords.encode(SignIn.PASSWORD));
		return person;
	}

}
