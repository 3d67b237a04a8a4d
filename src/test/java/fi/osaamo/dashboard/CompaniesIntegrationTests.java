package fi.osaamo.dashboard;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.TestUsers;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import fi.osaamo.opendata.OpenDataFixtures;
import fi.osaamo.opendata.imports.ImportRun;
import fi.osaamo.opendata.imports.ImportRunner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The growth team's list of the region's companies.
 */
@IntegrationTest
class CompaniesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	fi.osaamo.opendata.imports.SourceSettingsRepository settings;

	@Autowired
	ImportRunner runner;

	@Autowired
	IdentityManagement identities;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void theGrowthTeamFiltersSortsAndExportsTheRegionsCompanies() throws Exception {
		var first = OpenDataFixtures.company("Aaltosen Kasvuyritys Oy", "092", "VANTAA");
		var second = OpenDataFixtures.company("Aaltosen Toinen Kasvuyritys Oy", "092", "VANTAA");
		var elsewhere = OpenDataFixtures.company("Aaltosen Kasvuyritys Espoo Oy", "049", "ESPOO");
		OpenDataFixtures.region(settings, "prh-companies", java.util.Set.of("092", "049"));
		var file = Files.createTempFile("companies", ".json");
		Files.writeString(file, OpenDataFixtures.companies(List.of(first, second, elsewhere), 3));
		runner.runNow("prh-companies", ImportRun.Trigger.UPLOAD, file).orElseThrow();
		var growth = SignIn.as(mvc, "demo-growth");

		var page = mvc
			.perform(get("/dashboard/companies").cookie(growth)
				.header("Accept-Language", "fi")
				.param("q", "kasvuyritys")
				.param("municipality", "092")
				.param("industry", "M"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Aaltosen Kasvuyritys Oy", "2 yritystä", "Pääkonttorien toiminta")
			.doesNotContain("Aaltosen Kasvuyritys Espoo Oy");
		assertThat(page.indexOf("Aaltosen Kasvuyritys Oy")).isLessThan(page.indexOf("Aaltosen Toinen"));

		mvc.perform(get("/dashboard/companies").cookie(growth).param("q", "aaltosen").param("industry", "C"))
			.andExpect(content().string(containsString("id=\"no-companies\"")));
		var id = first.get("businessId").get("value").asString();
		mvc.perform(get("/dashboard/companies").cookie(growth).param("q", id))
			.andExpect(content().string(containsString("Aaltosen Kasvuyritys Oy")))
			.andExpect(content().string(not(containsString("Aaltosen Toinen"))));

		var csv = mvc.perform(
				get("/dashboard/companies.csv").cookie(growth).header("Accept-Language", "sv").param("q", "aaltosen"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		var lines = csv.lines().toList();
		assertThat(lines.get(0)).startsWith("\uFEFFFO-nummer,Företag,Bransch,Kommun");
		assertThat(lines).hasSize(4).anySatisfy(line -> assertThat(line).startsWith(id + ",Aaltosen Kasvuyritys Oy"));

		var xlsx = mvc
			.perform(get("/dashboard/companies.xlsx").cookie(growth)
				.header("Accept-Language", "en")
				.param("q", "aaltosen")
				.param("municipality", "092"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(Exports.XLSX))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Business ID");
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Company");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			var row = sheet.getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo(id);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Aaltosen Kasvuyritys Oy");
			assertThat(row.getCell(2).getStringCellValue())
				.isEqualTo("Activities of head offices; management consultancy activities");
			assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(9)))
				.isEqualTo(first.get("registrationDate").asString());
		}
	}

	@Test
	void aTeamFiltersByTheSizeClassesItRecordedAndOtherTeamsDoNotSeeThem() throws Exception {
		var small = OpenDataFixtures.company("Kokoluokan Pieni Oy", "092", "VANTAA");
		var large = OpenDataFixtures.company("Kokoluokan Suuri Oy", "092", "VANTAA");
		var unknown = OpenDataFixtures.company("Kokoluokan Tuntematon Oy", "092", "VANTAA");
		OpenDataFixtures.region(settings, "prh-companies", java.util.Set.of("092"));
		var file = Files.createTempFile("companies", ".json");
		Files.writeString(file, OpenDataFixtures.companies(List.of(small, large, unknown), 3));
		runner.runNow("prh-companies", ImportRun.Trigger.UPLOAD, file).orElseThrow();
		var users = new TestUsers(identities, organisations, passwords);
		var team = users.city("Kokola");
		var member = users.signIn(mvc, team, Role.GROWTH_TEAM);
		var smallId = small.get("businessId").get("value").asString();
		var largeId = large.get("businessId").get("value").asString();

		// Recorded on the company page, as a user does.
		mvc.perform(post("/dashboard/companies/" + smallId + "/size").cookie(member)
			.with(csrf())
			.param("size", "SMALL")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/dashboard/companies/" + largeId + "/size").cookie(member)
			.with(csrf())
			.param("size", "LARGE")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		// A second save with the version the user saw before is stale and changes
		// nothing.
		mvc.perform(post("/dashboard/companies/" + largeId + "/size").cookie(member)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("size", "MICRO")
			.param("version", "0"))
			.andExpect(content().string(containsString("Someone else changed this in the meantime.")));

		var page = mvc
			.perform(get("/dashboard/companies").cookie(member)
				.header("Accept-Language", "en")
				.param("q", "kokoluokan")
				.param("size", "LARGE"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Kokoluokan Suuri Oy", "Large (250 people or more)", "1 company")
			.doesNotContain("Kokoluokan Pieni Oy", "Kokoluokan Tuntematon Oy");
		var all = mvc
			.perform(
					get("/dashboard/companies").cookie(member).header("Accept-Language", "fi").param("q", "kokoluokan"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(all).contains("Kokoluokan Tuntematon Oy", "Pieni (10–49 henkeä)", "Suuri (vähintään 250 henkeä)");
		var csv = mvc
			.perform(get("/dashboard/companies.csv").cookie(member)
				.header("Accept-Language", "en")
				.param("q", "kokoluokan")
				.param("size", "SMALL"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().toList()).hasSize(2)
			.last()
			.satisfies(line -> assertThat(line).startsWith(smallId + ",Kokoluokan Pieni Oy,")
				.contains(",Small (10–49 people),"));

		// Another city's team has recorded nothing: the same filter finds nothing there.
		var other = users.signIn(mvc, users.city("Muula"), Role.GROWTH_TEAM);
		mvc.perform(get("/dashboard/companies").cookie(other).param("q", "kokoluokan").param("size", "LARGE"))
			.andExpect(content().string(containsString("id=\"no-companies\"")))
			.andExpect(content().string(not(containsString("Kokoluokan Suuri Oy"))));
		mvc.perform(get("/dashboard/companies").cookie(other).header("Accept-Language", "en").param("size", "HUGE"))
			.andExpect(content().string(containsString("\"HUGE\" is not one of the choices.")));
	}

	@Test
	void exportsGiveTheirDatabaseConnectionBack() throws Exception {
		var growth = SignIn.as(mvc, "demo-growth");
		// More exports than the pool has connections: a leaked connection would make one
		// wait
		// for the pool's timeout and fail.
		for (int i = 0; i < 25; i++) {
			mvc.perform(get("/dashboard/companies.csv").cookie(growth)).andExpect(status().isOk());
		}
	}

	@Test
	void noEndedCompanyIsExplainedAsSuchNotAsAnEmptyRegister() throws Exception {
		mvc.perform(get("/dashboard/companies").cookie(SignIn.as(mvc, "demo-growth"))
			.header("Accept-Language", "en")
			.param("status", "ENDED")
			.param("q", "Ei tällaista yritystä " + System.nanoTime()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("No company whose business has ended")))
			.andExpect(content().string(org.hamcrest.Matchers
				.not(org.hamcrest.Matchers.containsString("No companies have been imported"))));
	}

	@Test
	void badFiltersAreExplainedAndOthersCannotOpenTheList() throws Exception {
		var growth = SignIn.as(mvc, "demo-growth");
		mvc.perform(get("/dashboard/companies").cookie(growth).header("Accept-Language", "en").param("industry", "ZZ"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"ZZ\" is not a TOL 2008 industry.")));
		mvc.perform(get("/dashboard/companies").cookie(growth).header("Accept-Language", "en").param("sort", "price"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"price\" is not one of the choices.")));
		mvc.perform(get("/dashboard/companies").cookie(SignIn.as(mvc, "demo-hr"))).andExpect(status().isForbidden());
		mvc.perform(get("/dashboard/companies.csv").cookie(SignIn.as(mvc, "demo-employee")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/dashboard/companies")).andExpect(status().is3xxRedirection());
	}

}
