package fi.osaamo.dashboard;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.platform.Language;
import fi.osaamo.studies.NewStudy;
import fi.osaamo.studies.StudyManagement;
import fi.osaamo.studies.StudyType;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Starting studies for the growth team: by words or by a competence they teach, by type,
 * language and start month; past ones left out; exported to Excel.
 */
@IntegrationTest
class StudiesIntegrationTests {

	static final String WELDING = "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea";

	@Autowired
	MockMvc mvc;

	@Autowired
	StudyManagement studies;

	@Autowired
	TaxonomyManagement taxonomy;

	@Test
	void studiesAreFoundByTheCompetenceTheyTeachAndFilteredByMonthTypeAndLanguage() throws Exception {
		var key = UUID.randomUUID().toString().substring(0, 8);
		var month = YearMonth.now().plusMonths(2);
		study(key + " Metallityön perusteet", StudyType.MODULE, "fi", month.atDay(10), List.of(WELDING));
		study(key + " Svetsning för nybörjare", StudyType.APPRENTICESHIP, "sv", month.plusMonths(1).atDay(3),
				List.of(WELDING));
		study(key + " Mennyt kurssi", StudyType.MODULE, "fi", LocalDate.now().minusDays(10), List.of(WELDING));
		var growth = SignIn.as(mvc, "demo-growth");
		var competence = taxonomy.byUri(WELDING, Language.EN).orElseThrow().label().text();

		var html = html(
				get("/dashboard/studies").cookie(growth).header("Accept-Language", "en").param("q", competence));
		assertThat(html).contains(key + " Metallityön perusteet", key + " Svetsning för nybörjare", competence)
			.doesNotContain(key + " Mennyt kurssi");
		html = html(get("/dashboard/studies").cookie(growth)
			.header("Accept-Language", "en")
			.param("q", competence)
			.param("month", month.toString()));
		assertThat(html).contains(key + " Metallityön perusteet").doesNotContain(key + " Svetsning");
		html = html(get("/dashboard/studies").cookie(growth)
			.header("Accept-Language", "en")
			.param("q", key)
			.param("type", "APPRENTICESHIP")
			.param("language", "sv"));
		assertThat(html).contains(key + " Svetsning för nybörjare").doesNotContain(key + " Metallityön");
		html = html(get("/dashboard/studies").cookie(growth).header("Accept-Language", "en").param("month", "2027-13"));
		assertThat(html).contains("\"2027-13\" is not a month.");

		var xlsx = mvc.perform(get("/dashboard/studies.xlsx").cookie(growth).param("q", key).param("sort", "TITLE"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(key + " Metallityön perusteet");
		}
		mvc.perform(get("/dashboard/studies").cookie(SignIn.as(mvc, "demo-employee")))
			.andExpect(status().isForbidden());
	}

	private void study(String title, StudyType type, String language, LocalDate start, List<String> skills) {
		studies.save(new NewStudy("TEST", UUID.randomUUID().toString(), "Rantalan ammattiopisto", title, null, type,
				language, "092", false, start, start.plusMonths(2), 40, null, null, skills));
	}

	private String html(RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
