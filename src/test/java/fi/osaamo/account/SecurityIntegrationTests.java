package fi.osaamo.account;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Test
	void anonymousUsersAreSentToSignInAndTheApiAnswers401() throws Exception {
		mvc.perform(get("/account")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/organisations")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/organisations/" + company("Konepaja Kallio")).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void publicPagesNeedNoSignIn() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk());
		mvc.perform(get("/login")).andExpect(status().isOk());
		mvc.perform(get("/privacy")).andExpect(status().isOk());
		mvc.perform(get("/taxonomy").param("q", "welding")).andExpect(status().isOk());
	}

	@Test
	void aCompanyUserCannotReadAnotherCompanyByUrlOrApi() throws Exception {
		var session = SignIn.as(mvc, "demo-employee");
		var own = company("Konepaja Kallio");
		var other = company("Hitsaus ja Teräs Virtanen");
		mvc.perform(get("/organisations/" + own).cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/organisations/" + own).cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/organisations/" + other).cookie(session)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/organisations/" + other).cookie(session))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
		mvc.perform(get("/branding/" + other + "/style.css")).andExpect(status().isOk());
	}

	@Test
	void anEmployeeCannotChangeTheBrandingOfTheirCompany() throws Exception {
		var session = SignIn.as(mvc, "demo-employee");
		mvc.perform(post("/organisations/" + company("Konepaja Kallio") + "/colour").cookie(session)
			.with(csrf())
			.param("primaryColour", "#000000")
			.param("version", "0")).andExpect(status().isForbidden());
	}

	@Test
	void formsAndApiCallsWithoutCsrfTokenAreRejected() throws Exception {
		mvc.perform(post("/login").param("username", "demo-employee").param("password", SignIn.PASSWORD))
			.andExpect(status().isForbidden());
		var session = SignIn.as(mvc, "demo-admin");
		mvc.perform(post("/api/v1/organisations").cookie(session)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"SCHOOL\",\"name\":\"Forged School\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/logout").cookie(session)).andExpect(status().isForbidden());
		assertThat(organisations.list("Forged School", null, 0, 1).total()).isZero();
	}

	@Test
	void theCsrfTokenTravelsInTheHeaderForJsonCalls() throws Exception {
		var session = SignIn.as(mvc, "demo-admin");
		mvc.perform(post("/api/v1/organisations").cookie(session)
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"SCHOOL\",\"name\":\"Header Token School\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"));
	}

	@Test
	void signInChangesTheSessionId() throws Exception {
		var anonymous = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		assertThat(anonymous).isNotNull();
		var signedIn = mvc
			.perform(post("/login").cookie(anonymous)
				.with(csrf())
				.param("username", "demo-hr")
				.param("password", SignIn.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		assertThat(signedIn.getResponse().getCookie("SESSION")).isNotNull()
			.extracting(jakarta.servlet.http.Cookie::getValue)
			.isNotEqualTo(anonymous.getValue());
	}

	@Test
	void pagesCarrySecurityHeadersAndCsrfMetaTags() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("script-src 'self'"),
							org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<meta name=\"_csrf\" content=\"")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">")));
	}

	private OrganisationId company(String name) {
		return organisations.list(name, OrganisationType.COMPANY, 0, 1).items().get(0).id();
	}

}
