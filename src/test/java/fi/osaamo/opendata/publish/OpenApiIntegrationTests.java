package fi.osaamo.opendata.publish;

import java.nio.file.Files;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.Provenance;
import fi.osaamo.competence.Section;
import fi.osaamo.competence.SharingManagement;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.NewOrganisation;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import fi.osaamo.opendata.OpenDataFixtures;
import fi.osaamo.opendata.imports.ImportRun;
import fi.osaamo.opendata.imports.ImportRunner;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public open-data API, as an anonymous client and as a key holder sees it.
 */
@IntegrationTest
class OpenApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	fi.osaamo.opendata.imports.SourceSettingsRepository settings;

	@Autowired
	ImportRunner runner;

	@Autowired
	ApiKeys keys;

	@Autowired
	fi.osaamo.identity.IdentityManagement identities;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	CompetenceManagement competence;

	@Autowired
	SharingManagement sharing;

	static final String WELDING = "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea";

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	JsonNode json(String address, String url) throws Exception {
		var body = mvc.perform(get(url).with(from(address)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return OpenDataFixtures.JSON.readTree(body);
	}

	@Test
	void companiesComePageByPageWithCursorsAndEtags() throws Exception {
		var companies = new ArrayList<tools.jackson.databind.node.ObjectNode>();
		for (int i = 0; i < 3; i++) {
			companies.add(OpenDataFixtures.company("Avoin Yritys " + i + " Oy", "092", "VANTAA"));
		}
		OpenDataFixtures.region(settings, "prh-companies", java.util.Set.of("092", "049"));
		var file = Files.createTempFile("companies", ".json");
		Files.writeString(file, OpenDataFixtures.companies(companies, 3));
		assertThat(runner.runNow("prh-companies", ImportRun.Trigger.UPLOAD, file).orElseThrow().created()).isEqualTo(3);

		var seen = new ArrayList<String>();
		String cursor = null;
		do {
			var page = json("10.1.0.1",
					"/api/v1/open/companies?municipality=092&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
			page.get("items").forEach(item -> seen.add(item.get("businessId").asString()));
			cursor = page.get("next").isNull() ? null : page.get("next").asString();
		}
		while (cursor != null);
		assertThat(seen).doesNotHaveDuplicates()
			.containsAll(companies.stream().map(company -> company.get("businessId").get("value").asString()).toList())
			.isSorted();

		var first = mvc.perform(get("/api/v1/open/companies?limit=2").with(from("10.1.0.1")))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andReturn()
			.getResponse();
		mvc.perform(get("/api/v1/open/companies?limit=2").with(from("10.1.0.1"))
			.header("If-None-Match", first.getHeader("ETag"))).andExpect(status().isNotModified());

		var id = seen.get(0);
		mvc.perform(get("/api/v1/open/companies/" + id).with(from("10.1.0.1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.businessId").value(id))
			.andExpect(jsonPath("$.source").value("PRH / YTJ open data (CC BY 4.0)"));
		mvc.perform(get("/api/v1/open/companies?cursor=not-a-cursor").with(from("10.1.0.1")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/open/companies?limit=1000").with(from("10.1.0.1"))).andExpect(status().isBadRequest());

		// The change feed names each imported company, and a client that keeps its cursor
		// sees only what is new.
		var changes = json("10.1.0.1", "/api/v1/open/changes?limit=100");
		var next = changes.get("next").asString();
		var all = new ArrayList<String>();
		while (true) {
			changes.get("items")
				.forEach(item -> all.add(item.get("type").asString() + ":" + item.get("id").asString()));
			if (!changes.get("more").asBoolean()) {
				break;
			}
			next = changes.get("next").asString();
			changes = json("10.1.0.1", "/api/v1/open/changes?limit=100&since=" + next);
		}
		next = changes.get("next").asString();
		assertThat(all).contains("company:" + id);
		assertThat(json("10.1.0.1", "/api/v1/open/changes?since=" + next).get("items")).isEmpty();
	}

	@Test
	void openJobTasksArePublishedAsJobPostingJsonLd() throws Exception {
		var body = mvc.perform(get("/api/v1/open/jobs?limit=100").with(from("10.1.0.2")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/ld+json"))
			.andExpect(jsonPath("$['@type']").value("ItemList"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var postings = OpenDataFixtures.JSON.readTree(body).get("itemListElement");
		assertThat(postings.size()).isPositive();
		var withSkills = 0;
		for (var posting : postings) {
			assertThat(posting.get("@type").asString()).isEqualTo("JobPosting");
			assertThat(posting.get("hiringOrganization").get("identifier").get("value").asString())
				.matches("\\d{7}-\\d");
			for (var skill : posting.get("skills")) {
				assertThat(skill.get("@type").asString()).isEqualTo("DefinedTerm");
				assertThat(skill.get("@id").asString()).startsWith("http://data.europa.eu/esco/skill/");
				withSkills++;
			}
		}
		assertThat(withSkills).isPositive();
		var id = postings.get(0).get("identifier").asString();
		mvc.perform(get("/api/v1/open/jobs/" + id).with(from("10.1.0.2")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.identifier").value(id));
		mvc.perform(get("/api/v1/open/jobs/" + UUID.randomUUID()).with(from("10.1.0.2")))
			.andExpect(status().isNotFound());
	}

	@Autowired
	fi.osaamo.jobs.JobManagement jobs;

	@Autowired
	fi.osaamo.classification.ClassificationManagement classifications;

	@Test
	void jobPostingsNameTheirPlaceThePublicationDayAndTheEmployersPublishedContact() throws Exception {
		var businessId = fi.osaamo.TestCompanies.businessId().value();
		OpenDataFixtures.region(settings, "prh-companies", java.util.Set.of("091"));
		var file = Files.createTempFile("companies", ".json");
		Files.writeString(file, OpenDataFixtures
			.companies(List.of(OpenDataFixtures.company(businessId, "Paikka Oy", "091", "HELSINKI")), 1));
		runner.runNow("prh-companies", ImportRun.Trigger.UPLOAD, file).orElseThrow();
		var company = organisations
			.create(new NewOrganisation(OrganisationType.COMPANY, "Paikka Oy",
					new fi.osaamo.organisation.BusinessId(businessId), "091", "25"))
			.id();
		var hr = identities.register(new NewPerson("Paikka", "Henkilöstö", "hr@paikka.example", null)).id();
		organisations.addMember(company, hr, Role.HR);
		var today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"));
		// Applications open next week, but the task is published today.
		var helsinki = jobs.create(hr, company, new fi.osaamo.jobs.JobDraft("Paikkahitsaaja", null, null, "Kalasatama",
				"091", today.plusDays(7), today.plusDays(30), null, fi.osaamo.jobs.JobStatus.OPEN, List.of()));
		var tampere = jobs.create(hr, company, new fi.osaamo.jobs.JobDraft("Paikkasorvaaja", null, null, null, "837",
				null, null, null, fi.osaamo.jobs.JobStatus.OPEN, List.of()));
		// Without a municipality a task is placed in its company's home municipality.
		var unplaced = jobs.create(hr, company, new fi.osaamo.jobs.JobDraft("Paikaton", null, null, null, null, null,
				null, fi.osaamo.jobs.JobStatus.OPEN, List.of()));
		assertThat(unplaced.municipalityCode()).isEqualTo("091");

		var posting = OpenDataFixtures.JSON.readTree(mvc
			.perform(get("/api/v1/open/jobs/" + helsinki.id()).with(from("10.1.0.5")).header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(posting.get("datePosted").asString()).isEqualTo(today.toString());
		var place = posting.get("jobLocation");
		assertThat(place.get("@type").asString()).isEqualTo("Place");
		assertThat(place.get("name").asString()).isEqualTo("Kalasatama");
		assertThat(place.get("address").get("addressLocality").asString()).isEqualTo("Helsingfors");
		assertThat(place.get("address").get("addressRegion").asString()).isEqualTo("Nyland");
		assertThat(place.get("address").get("addressCountry").asString()).isEqualTo("FI");
		var hiring = posting.get("hiringOrganization");
		assertThat(hiring.get("url").asString()).isEqualTo("https://www.nokia.com");
		assertThat(hiring.get("address").get("streetAddress").asString()).startsWith("Karakaari");
		assertThat(posting.toString()).doesNotContain("hr@paikka.example").doesNotContain("Henkilöstö");

		assertThat(jobIds("10.1.0.5", "region=01")).contains(helsinki.id().toString())
			.doesNotContain(tampere.id().toString());
		// Other tests may place tasks in Tampere too: ours is there, the others of ours
		// are not.
		assertThat(jobIds("10.1.0.5", "municipality=837")).contains(tampere.id().toString())
			.doesNotContain(helsinki.id().toString(), unplaced.id().toString());
		assertThat(jobIds("10.1.0.5", "municipality=837&region=06")).contains(tampere.id().toString())
			.doesNotContain(helsinki.id().toString(), unplaced.id().toString());
		assertThat(jobIds("10.1.0.5", "municipality=091&region=06")).isEmpty();
		for (var query : List.of("municipality=999", "municipality=91", "region=99", "region=Uusimaa")) {
			mvc.perform(get("/api/v1/open/jobs?" + query).with(from("10.1.0.5")))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		}
	}

	List<String> jobIds(String address, String filter) throws Exception {
		var ids = new ArrayList<String>();
		String cursor = null;
		do {
			var body = OpenDataFixtures.JSON
				.readTree(mvc
					.perform(get("/api/v1/open/jobs?limit=100&" + filter + (cursor == null ? "" : "&cursor=" + cursor))
						.with(from(address)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
			for (var posting : body.get("itemListElement")) {
				ids.add(posting.get("identifier").asString());
			}
			cursor = body.get("next").isNull() ? null : body.get("next").asString();
		}
		while (cursor != null);
		return ids;
	}

	@Autowired
	fi.osaamo.studies.StudyManagement studyManagement;

	@Test
	void studiesAreFilteredByPlace() throws Exception {
		var helsinki = study("091");
		var tampere = study("837");
		var online = study(null);
		var uusimaa = studyIds("10.1.0.6", "region=01");
		assertThat(uusimaa).contains(helsinki).doesNotContain(tampere, online);
		assertThat(studyIds("10.1.0.6", "municipality=837")).contains(tampere).doesNotContain(helsinki, online);
		var codes = classifications.municipalities(fi.osaamo.platform.Language.FI)
			.stream()
			.filter(code -> "01".equals(code.parent()))
			.map(code -> code.code())
			.toList();
		for (var course : json("10.1.0.6", "/api/v1/open/studies?limit=100&region=01").get("items")) {
			assertThat(course.get("locationCreated").get("identifier").asString()).isIn(codes);
		}
		mvc.perform(get("/api/v1/open/studies?region=99").with(from("10.1.0.6")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/open/studies?municipality=000").with(from("10.1.0.6")))
			.andExpect(status().isBadRequest());
	}

	String study(@org.jspecify.annotations.Nullable String municipality) {
		return studyManagement
			.save(new fi.osaamo.studies.NewStudy("TEST", UUID.randomUUID().toString(), "Paikkaopisto", "Paikkakurssi",
					null, fi.osaamo.studies.StudyType.MODULE, "fi", municipality, municipality == null, null, null,
					null, null, null, List.of()))
			.toString();
	}

	List<String> studyIds(String address, String filter) throws Exception {
		var ids = new ArrayList<String>();
		String cursor = null;
		do {
			var page = json(address,
					"/api/v1/open/studies?limit=100&" + filter + (cursor == null ? "" : "&cursor=" + cursor));
			page.get("items").forEach(course -> ids.add(course.get("identifier").asString()));
			cursor = page.get("next").isNull() ? null : page.get("next").asString();
		}
		while (cursor != null);
		return ids;
	}

	@Test
	void studiesAreCourses() throws Exception {
		var studies = json("10.1.0.3", "/api/v1/open/studies?limit=5");
		assertThat(studies.get("items").size()).isPositive();
		assertThat(studies.get("items").get(0).get("@type").asString()).isEqualTo("Course");
		assertThat(studies.get("items").get(0).has("teaches")).isTrue();
	}

	@Test
	void competenceStatisticsAreAMonthlyRoundedReleaseThatNoOnesChangeShowsIn() throws Exception {
		// A company in Vantaa (region 01) making metal products (section C) whose
		// employees
		// share their skills with it.
		var company = organisations
			.create(new NewOrganisation(OrganisationType.COMPANY, "Tilasto Metalli Oy " + UUID.randomUUID(),
					fi.osaamo.TestCompanies.businessId(), "092", "25"))
			.id();
		var people = new ArrayList<PersonId>();
		for (int i = 0; i < 9; i++) {
			var person = identities.register(new NewPerson("Tilasto", "Henkilö", null, null)).id();
			organisations.addMember(company, person, Role.EMPLOYEE);
			competence.start(person);
			competence.replace(person, List.of(new SkillClaim(WELDING, 3, Provenance.WORK, null, null, false)),
					List.of(), null, 0);
			sharing.share(person, company, EnumSet.of(Section.SKILLS), null);
			people.add(person);
		}
		var before = allCells("10.1.0.4", "01", "C");
		assertThat(before.release()).isEqualTo(YearMonth.now().toString());
		assertThat(before.cells()).isNotEmpty();
		for (var cell : before.cells()) {
			// Every published count is a positive multiple of five; nothing is marked
			// as withheld, so no cell tells that one to four people have a skill.
			assertThat(cell.get("people").asInt() % 5).isZero();
			assertThat(cell.get("people").asInt()).isPositive();
			assertThat(cell.has("suppressed")).isFalse();
			assertThat(cell.get("skill").asString()).startsWith("http://data.europa.eu/esco/skill/");
		}

		// One person stops sharing, another is added: within the month the statistics do
		// not move at all, so comparing the two answers reveals nothing about either.
		sharing.share(people.get(0), company, EnumSet.noneOf(Section.class), null);
		organisations.removeMember(company, people.get(1), Role.EMPLOYEE, people.get(2));
		var after = allCells("10.1.0.4", "01", "C");
		assertThat(after.cells()).isEqualTo(before.cells());
		assertThat(after.release()).isEqualTo(before.release());
	}

	record Release(String release, List<JsonNode> cells) {
	}

	Release allCells(String address, String region, String industry) throws Exception {
		var cells = new ArrayList<JsonNode>();
		String cursor = null;
		String release;
		do {
			var page = json(address, "/api/v1/open/statistics/competences?limit=100&region=" + region + "&industry="
					+ industry + (cursor == null ? "" : "&cursor=" + cursor));
			page.get("items").forEach(cells::add);
			release = page.get("release").asString();
			cursor = page.get("next").isNull() ? null : page.get("next").asString();
		}
		while (cursor != null);
		return new Release(release, cells);
	}

	@Test
	void anonymousCallersAreLimitedAndApiKeysRaiseTheLimit() throws Exception {
		var address = "10.2.0.1";
		for (int i = 0; i < 120; i++) {
			mvc.perform(get("/api/v1/open/changes?limit=1").with(from(address))).andExpect(status().isOk());
		}
		var refused = mvc.perform(get("/api/v1/open/changes?limit=1").with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andReturn()
			.getResponse();
		// The window of a minute has only just begun: the client is told to wait most of
		// it.
		assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(30, 60);
		assertThat(refused.getContentAsString()).contains("\"status\":429");

		var key = keys.issue("Tutkimuslaitos", 300, new PersonId(UUID.randomUUID()));
		for (int i = 0; i < 150; i++) {
			mvc.perform(get("/api/v1/open/changes?limit=1").with(from("10.2.0.3")).header("X-Api-Key", key))
				.andExpect(status().isOk())
				.andExpect(header().string("X-RateLimit-Limit", "300"));
		}
		// A key, once known, is not charged to its holder's address.
		mvc.perform(get("/api/v1/open/changes?limit=1").with(from(address)).header("X-Api-Key", key))
			.andExpect(status().isOk());
	}

	@Test
	void guessingApiKeysCostsTheAddressItsBudget() throws Exception {
		var address = "10.2.0.4";
		for (int i = 0; i < 120; i++) {
			mvc.perform(get("/api/v1/open/changes?limit=1").with(from(address))
				.header("X-Api-Key", "osk_guess" + UUID.randomUUID())).andExpect(status().isUnauthorized());
		}
		// The 121st guess is refused before any look-up, and so is the address's next
		// request without a key: the guesses spent its anonymous budget.
		mvc.perform(get("/api/v1/open/changes?limit=1").with(from(address))
			.header("X-Api-Key", "osk_guess" + UUID.randomUUID()))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		mvc.perform(get("/api/v1/open/changes?limit=1").with(from(address))).andExpect(status().isTooManyRequests());
	}

	@Test
	void anonymousSkillLookUpsAndSearchAreLimitedToo() throws Exception {
		var address = "10.2.0.5";
		for (int i = 0; i < 60; i++) {
			mvc.perform(get("/api/v1/skills").param("q", "hitsaus").with(from(address)))
				.andExpect(status().isOk())
				.andExpect(header().exists("X-RateLimit-Remaining"));
			mvc.perform(get("/search").param("q", "hitsaus").with(from(address))).andExpect(status().isOk());
		}
		mvc.perform(get("/api/v1/skills").param("q", "hitsaus").with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/search").param("q", "hitsaus").with(from(address)).header("Accept-Language", "en"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		// Signed-in users are not limited by the address they share.
		var member = SignIn.as(mvc, "demo-employee");
		mvc.perform(get("/search").param("q", "hitsaus").with(from(address)).cookie(member)).andExpect(status().isOk());
	}

	@Test
	void onlyPlatformAdminsIssueAndRevokeKeys() throws Exception {
		var hr = SignIn.as(mvc, "demo-hr");
		mvc.perform(get("/opendata/keys").cookie(hr)).andExpect(status().isForbidden());
		mvc.perform(post("/opendata/keys").cookie(hr).with(csrf()).param("name", "x").param("perMinute", "10"))
			.andExpect(status().isForbidden());

		var admin = SignIn.as(mvc, "demo-admin");
		mvc.perform(post("/opendata/keys").cookie(admin).with(csrf()).param("name", "").param("perMinute", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("alert--error")));
		var page = mvc
			.perform(post("/opendata/keys").cookie(admin)
				.with(csrf())
				.param("name", "Maakuntaliitto")
				.param("perMinute", "600"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var matcher = java.util.regex.Pattern.compile("id=\"issued-key\">(osk_[A-Za-z0-9_-]+)<").matcher(page);
		assertThat(matcher.find()).isTrue();
		var key = matcher.group(1);
		mvc.perform(get("/api/v1/open/changes?limit=1").with(from("10.2.0.2")).header("X-Api-Key", key))
			.andExpect(status().isOk());

		var id = keys.list().stream().filter(k -> k.name().equals("Maakuntaliitto")).findFirst().orElseThrow().id();
		var revoked = mvc.perform(post("/opendata/keys/" + id + "/revoke").cookie(admin).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(keys.limitOf(key)).isEmpty();
		// The very next request with the key is refused, although the key was used a
		// moment ago, and the administrator is told so.
		mvc.perform(get("/api/v1/open/changes?limit=1").with(from("10.2.0.2")).header("X-Api-Key", key))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get(revoked).cookie(admin).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("from now on every request that sends it is refused with 401 Unauthorized")));
	}

	@Test
	void theOpenApiDocumentValidatesAndDescribesTheOpenApi() throws Exception {
		var document = mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var result = new OpenAPIV3Parser().readContents(document);
		assertThat(result.getMessages()).isEmpty();
		assertThat(result.getOpenAPI().getPaths()).containsKeys("/api/v1/open/companies", "/api/v1/open/jobs",
				"/api/v1/open/studies", "/api/v1/open/statistics/competences", "/api/v1/open/changes");
		for (var path : List.of("/api/v1/open/jobs", "/api/v1/open/studies")) {
			var parameters = result.getOpenAPI().getPaths().get(path).getGet().getParameters();
			assertThat(parameters).filteredOn(parameter -> parameter.getName().equals("municipality"))
				.singleElement()
				.satisfies(parameter -> assertThat(parameter.getDescription()).contains("Statistics Finland"));
			assertThat(parameters).filteredOn(parameter -> parameter.getName().equals("region"))
				.singleElement()
				.satisfies(parameter -> assertThat(parameter.getDescription()).contains("maakunta"));
		}
	}

}
