package fi.osaamo.coach;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.TestCompanies;
import fi.osaamo.TestUsers;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.NewOrganisation;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A school imports its apprenticeships: the preview explains each bad row beside its
 * field and saves nothing; confirming saves the good rows only, the apprentice's name and
 * number in the vault; a re-import updates by the student system's id; nobody outside the
 * school's staff reaches its import or its list.
 */
@IntegrationTest
class ApprenticeshipImportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	@Autowired
	PasswordEncoder passwords;

	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	OrganisationId school;

	OrganisationId company;

	String businessId;

	String instructorEmail;

	Cookie staff;

	@BeforeEach
	void school() throws Exception {
		this.users = new TestUsers(this.identities, this.organisations, this.passwords);
		this.school = this.organisations
			.create(new NewOrganisation(OrganisationType.SCHOOL, "Koulu " + UUID.randomUUID(), null, "092", null))
			.id();
		this.company = TestCompanies.create(this.organisations, "Työpaikka " + UUID.randomUUID());
		this.businessId = String.valueOf(this.organisations.require(this.company).businessId());
		this.instructorEmail = "ohjaaja-" + UUID.randomUUID() + "@example.fi";
		var instructor = this.identities.register(new NewPerson("Iida", "Ohjaaja", this.instructorEmail, null));
		this.organisations.addMember(this.company, instructor.id(), Role.WORKPLACE_INSTRUCTOR);
		this.staff = this.users.signIn(this.mvc, this.school, Role.SCHOOL_STAFF);
	}

	@Test
	void previewExplainsBadRowsAndSavesNothingThenConfirmSavesTheGoodOnes() throws Exception {
		var csv = header() + row("A-1", "Aino", "040 123 4567", this.businessId, "2027-01-11", "2027-05-28")
				+ row("A-2", "Bertta", "09 310 1691", this.businessId, "2027-01-11", "2027-05-28")
				+ row("A-3", "Cecilia", "040 765 4321", "0112038-9", "2027-01-11", "2027-05-28")
				+ row("A-4", "Daniel", "040 111 2222", this.businessId, "2027-05-28", "2027-01-11")
				+ row("A-5", "Eemeli", "040 333 4444", this.businessId, "2027-01-11", "2027-05-28")
				+ row("A-5", "Eemeli", "040 333 4444", this.businessId, "2027-01-11", "2027-05-28");

		var preview = preview(csv, "en").andExpect(status().isOk())
			.andExpect(content().string(containsString("New apprenticeships: 1. Updated: 0. Rows not imported: 5.")))
			.andExpect(content().string(containsString("Mobile number:</strong> This is not a mobile number")))
			.andExpect(content().string(containsString("No company with the business ID 0112038-9 uses Osaamo.")))
			.andExpect(content().string(containsString("The end is before the start.")))
			.andExpect(content().string(containsString("The id A-5 is on more than one row of the file.")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(count()).isZero();

		this.mvc
			.perform(post("/coach/schools/" + this.school + "/import").param("file", hiddenFile(preview))
				.cookie(this.staff)
				.with(csrf()))
			.andExpect(redirectedUrl("/coach/schools/" + this.school + "/apprenticeships"))
			.andExpect(flash().attributeExists("osaamo.notice"));
		assertThat(count()).isEqualTo(1);
		var apprentice = apprentice("A-1");
		assertThat(this.identities.personalData(apprentice, apprentice, "test").orElseThrow().phone())
			.isEqualTo("+358401234567");
		this.mvc.perform(get("/coach/schools/" + this.school + "/apprenticeships").cookie(this.staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aino Testinen")))
			.andExpect(content().string(containsString("Iida Ohjaaja")))
			.andExpect(content().string(not(containsString("Bertta"))));
	}

	@Test
	void aReimportUpdatesTheApprenticeshipOfTheSameId() throws Exception {
		confirm(header() + row("B-1", "Aino", "040 123 4567", this.businessId, "2027-01-11", "2027-05-28"));
		var apprentice = apprentice("B-1");

		var csv = header() + row("B-1", "Aino", "050 987 6543", this.businessId, "11.1.2027", "30.6.2027");
		preview(csv, "fi").andExpect(content().string(containsString("Uusia työpaikkajaksoja: 0. Päivitettäviä: 1.")));
		confirm(csv);

		assertThat(count()).isEqualTo(1);
		assertThat(apprentice("B-1")).isEqualTo(apprentice);
		assertThat(this.jdbc.sql("select ends_on::text from coach.apprenticeship where school_id = :school")
			.param("school", this.school.value())
			.query(String.class)
			.single()).isEqualTo("2027-06-30");
		assertThat(this.identities.personalData(apprentice, apprentice, "test").orElseThrow().phone())
			.isEqualTo("+358509876543");
	}

	@Test
	void aSpreadsheetsSemicolonsAndByteOrderMarkAreRead() throws Exception {
		var csv = "\uFEFF" + (header() + row("C-1", "Aino", "040 123 4567", this.businessId, "11.1.2027", "28.5.2027"))
			.replace(',', ';');
		preview(csv, "sv").andExpect(content().string(containsString("Nya arbetsplatsperioder: 1.")));
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsExplainedBesideTheFileField() throws Exception {
		preview("student_id,given_name\nD-1,Aino\n", "en").andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"file-error\"")))
			.andExpect(content().string(containsString("The file lacks the columns: family_name, mobile")));
		preview("", "en").andExpect(content().string(containsString("Choose a file.")));
	}

	@Test
	void nobodyOutsideTheSchoolsStaffReachesItsApprenticeships() throws Exception {
		confirm(header() + row("E-1", "Aino", "040 123 4567", this.businessId, "2027-01-11", "2027-05-28"));
		var otherSchool = this.organisations
			.create(new NewOrganisation(OrganisationType.SCHOOL, "Koulu " + UUID.randomUUID(), null, "092", null))
			.id();
		var otherStaff = this.users.signIn(this.mvc, otherSchool, Role.SCHOOL_STAFF);
		var instructor = this.users.signIn(this.mvc, this.company, Role.WORKPLACE_INSTRUCTOR);
		for (var session : new Cookie[] { otherStaff, instructor }) {
			this.mvc.perform(get("/coach/schools/" + this.school + "/apprenticeships").cookie(session))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/coach/schools/" + this.school + "/import").cookie(session))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(multipart("/coach/schools/" + this.school + "/import/preview").file(file(header()))
					.cookie(session)
					.with(csrf()))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/coach").cookie(otherStaff))
			.andExpect(redirectedUrl("/coach/schools/" + otherSchool + "/apprenticeships"));
		this.mvc.perform(get("/coach/schools/" + otherSchool + "/apprenticeships").cookie(otherStaff))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Aino Testinen"))));
	}

	@Test
	void theDemoSchoolsStaffFindTheirCohortOnFirstStart() throws Exception {
		var session = SignIn.as(this.mvc, "demo-school");
		var list = this.mvc.perform(get("/coach").cookie(session))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var page = this.mvc.perform(get(list).cookie(session).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tapio Työpaikkaohjaaja")))
			.andExpect(content().string(containsString("Konepaja Kallio Oy")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The cohort, and whatever the browser tests imported into the same school.
		var count = java.util.regex.Pattern.compile("Apprenticeships: (\\d+)").matcher(page);
		assertThat(count.find()).isTrue();
		assertThat(Integer.parseInt(count.group(1))).isGreaterThanOrEqualTo(30);
	}

	@Test
	void theStudentSystemPutsAnApprenticeshipUnderItsIdAsOftenAsItLikes() throws Exception {
		var body = """
				{"givenName": "Aino", "familyName": "Testinen", "mobile": "040 123 4567",
				 "businessId": "%s", "qualification": "Kone- ja tuotantotekniikka",
				 "startsOn": "2027-01-11", "endsOn": "2027-05-28", "instructorEmail": "%s"}"""
			.formatted(this.businessId, this.instructorEmail);
		put("F-1", body, this.staff).andExpect(status().isCreated()).andExpect(jsonPath("$.created").value(true));
		put("F-1", body, this.staff).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(false));
		assertThat(count()).isEqualTo(1);

		var bad = body.replace("040 123 4567", "09 310 1691").replace("2027-05-28", "2026-05-28");
		put("F-2", bad, this.staff).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("mobile", "endsOn")));
		assertThat(count()).isEqualTo(1);

		var instructor = this.users.signIn(this.mvc, this.company, Role.WORKPLACE_INSTRUCTOR);
		put("F-3", body, instructor).andExpect(status().isNotFound());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/coach/apprenticeships/F-3?school=" + this.school)
				.cookie(instructor)
				.with(csrf())
				.contentType("application/json")
				.content(body))
			.andExpect(status().isNotFound());
	}

	private ResultActions put(String externalId, String body, Cookie session) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/coach/apprenticeships/" + externalId)
			.cookie(session)
			.with(csrf())
			.contentType("application/json")
			.content(body));
	}

	private ResultActions preview(String csv, String language) throws Exception {
		return this.mvc.perform(multipart("/coach/schools/" + this.school + "/import/preview").file(file(csv))
			.cookie(this.staff)
			.with(csrf())
			.header("Accept-Language", language));
	}

	private void confirm(String csv) throws Exception {
		var preview = preview(csv, "en").andReturn().getResponse().getContentAsString();
		this.mvc
			.perform(post("/coach/schools/" + this.school + "/import").param("file", hiddenFile(preview))
				.cookie(this.staff)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private static MockMultipartFile file(String csv) {
		return new MockMultipartFile("file", "apprentices.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	private static String hiddenFile(String page) {
		var start = page.indexOf("name=\"file\" value=\"") + "name=\"file\" value=\"".length();
		return page.substring(start, page.indexOf('"', start));
	}

	private String header() {
		return String.join(",", NewApprenticeship.COLUMNS) + "\n";
	}

	private String row(String id, String given, String mobile, String businessId, String start, String end) {
		return String.join(",", id, given, "Testinen", mobile, "", businessId, "Kone- ja tuotantotekniikka", "MET24A",
				start, end, this.instructorEmail, "", "") + "\n";
	}

	private long count() {
		return this.jdbc.sql("select count(*) from coach.apprenticeship where school_id = :school")
			.param("school", this.school.value())
			.query(Long.class)
			.single();
	}

	private PersonId apprentice(String externalId) {
		return new PersonId(this.jdbc
			.sql("select apprentice_id from coach.apprenticeship where school_id = :school and external_id = :id")
			.param("school", this.school.value())
			.param("id", externalId)
			.query(UUID.class)
			.single());
	}

}
