package fi.osaamo.coach.matrix;

import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.TestUsers;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.organisation.NewOrganisation;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A school's message matrix: a new school starts from the recommended one; the demo
 * school has it, and its staff preview what an apprentice receives on which days in the
 * apprentice's language; other schools' staff do not reach it.
 */
@IntegrationTest
class MatrixIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	MatrixManagement matrices;

	@Test
	void aNewSchoolStartsFromTheRecommendedMatrix() throws Exception {
		var school = this.organisations
			.create(new NewOrganisation(OrganisationType.SCHOOL, "Koulu " + UUID.randomUUID(), null, "092", null))
			.id();
		var staff = new TestUsers(this.identities, this.organisations, this.passwords).signIn(this.mvc, school,
				Role.SCHOOL_STAFF);
		var page = "/coach/schools/" + school + "/matrix";
		this.mvc.perform(get(page).cookie(staff).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No message matrix yet")));

		this.mvc.perform(post(page + "/start").cookie(staff).with(csrf())).andExpect(redirectedUrl(page));
		this.mvc.perform(post(page + "/start").cookie(staff).with(csrf())).andExpect(redirectedUrl(page));

		this.mvc.perform(get(page).cookie(staff).header("Accept-Language", "fi"))
			.andExpect(content().string(containsString("Versio 1")))
			.andExpect(content().string(containsString("Jakson 3. päivänä")))
			.andExpect(content().string(containsString("14 päivän välein jakson 15. päivästä alkaen")))
			.andExpect(content().string(containsString("7 päivää ennen jakson päättymistä")))
			.andExpect(content().string(containsString("Tarvitsee apua (ohjaus) – käsittelijä: työpaikkaohjaaja")));
	}

	@Test
	void aRejectedQueryKeepsEveryValueAndExplainsEachProblemBesideItsField() throws Exception {
		var school = this.organisations
			.create(new NewOrganisation(OrganisationType.SCHOOL, "Koulu " + UUID.randomUUID(), null, "092", null))
			.id();
		var staff = new TestUsers(this.identities, this.organisations, this.passwords).signIn(this.mvc, school,
				Role.SCHOOL_STAFF);
		var base = "/coach/schools/" + school + "/matrix";
		this.mvc.perform(post(base + "/start").cookie(staff).with(csrf()));

		this.mvc
			.perform(
					query(base, staff, "1", "Miten viikko meni?", "", "1", "2", "NEEDS_HELP", "").param("version", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"textSv-error\"")))
			.andExpect(content().string(containsString("id=\"handler-1-error\"")))
			.andExpect(content().string(containsString("Miten viikko meni?")));
		this.mvc
			.perform(query(base, staff, "1", "Miten viikko meni?", "Hur gick veckan?", "1", "1", "FINE", "")
				.param("version", "1"))
			.andExpect(content().string(containsString("The number 1 is already used by another answer.")));

		this.mvc
			.perform(query(base, staff, "6", "Miten viikko meni?", "Hur gick veckan?", "1", "2", "NEEDS_HELP",
					"INSTRUCTOR")
				.param("version", "1"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(base).cookie(staff).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Version 2")))
			.andExpect(content().string(containsString("On day 7 of the period")));
		// Someone who saw version 1 does not overwrite version 2.
		this.mvc
			.perform(query(base, staff, "8", "Miten viikko meni?", "Hur gick veckan?", "1", "2", "FINE", "")
				.param("version", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-summary\"")));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder query(String base,
			jakarta.servlet.http.Cookie staff, String days, String fi, String sv, String first, String second,
			String secondMeaning, String secondHandler) {
		return post(base + "/queries").cookie(staff)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("key", "")
			.param("anchor", "START")
			.param("days", days)
			.param("everyDays", "")
			.param("textFi", fi)
			.param("textSv", sv)
			.param("textEn", "How did the week go?")
			.param("number", first, second, "", "", "", "")
			.param("labelFi", "Hyvin", "Huonosti", "", "", "", "")
			.param("labelSv", "Bra", "Dåligt", "", "", "", "")
			.param("labelEn", "Well", "Badly", "", "", "", "")
			.param("meaning", "FINE", secondMeaning, "FINE", "FINE", "FINE", "FINE")
			.param("topic", "", "TASKS", "", "", "", "")
			.param("handler", "", secondHandler, "", "", "", "");
	}

	@Test
	void theDemoSchoolsStaffPreviewAnApprenticesMessagesInTheApprenticesLanguage() throws Exception {
		var staff = SignIn.as(this.mvc, "demo-school");
		var school = this.organisations.list("Rantalan ammattiopisto", OrganisationType.SCHOOL, 0, 1)
			.items()
			.get(0)
			.id();
		// RAO-24103 reads Swedish (every tenth from the fourth of the demo cohort).
		var page = this.mvc
			.perform(get("/coach/schools/" + school + "/matrix?apprenticeship=RAO-24103").cookie(staff)
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Messages of RAO-24103 (svenska)")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var preview = page.substring(page.indexOf("id=\"matrix-preview\""));
		assertThat(preview).contains("Hur går det på arbetsplatsen? Svara med en siffra:", "/m/xxxxxxxxxxxxxxxxxxxxxx")
			.doesNotContain("Miten työpaikalla menee?");

		var other = this.organisations
			.create(new NewOrganisation(OrganisationType.SCHOOL, "Koulu " + UUID.randomUUID(), null, "092", null))
			.id();
		var otherStaff = new TestUsers(this.identities, this.organisations, this.passwords).signIn(this.mvc, other,
				Role.SCHOOL_STAFF);
		this.mvc.perform(get("/coach/schools/" + school + "/matrix").cookie(otherStaff))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/coach/schools/" + school + "/matrix/start").cookie(otherStaff).with(csrf()))
			.andExpect(status().isNotFound());
	}

}
