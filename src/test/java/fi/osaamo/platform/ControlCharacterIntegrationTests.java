package fi.osaamo.platform;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The attack of the security review (finding 7): a NUL byte in a parameter or field
 * answered 500. Control characters are now a 400 that says why, in pages and in the API.
 */
@IntegrationTest
class ControlCharacterIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aControlCharacterInAQueryIsA400PageThatSaysWhy() throws Exception {
		for (var value : new String[] { "a\u0000b", "a\u0007b", "a\u001bb", "a\u007fb", "a\u0085b" }) {
			// The error page names the message that says why (its text is checked over a
			// real server in ProductionProfileIntegrationTests: MockMvc renders no error
			// pages).
			mvc.perform(get("/search").param("q", value))
				.andExpect(status().isBadRequest())
				.andExpect(request().attribute(ErrorPages.MESSAGE_KEY, "error.controlCharacters"));
		}
		// A parameter's name counts too.
		mvc.perform(get("/search").param("q\u0000", "x")).andExpect(status().isBadRequest());
		// Tabs and line breaks are ordinary text.
		mvc.perform(get("/search").param("q", "hitsaus\tteräs\r\n")).andExpect(status().isOk());
	}

	@Test
	void aControlCharacterInAFormFieldIsA400() throws Exception {
		var hr = SignIn.as(mvc, "demo-hr");
		mvc.perform(post("/jobs").cookie(hr).with(csrf()).param("title", "Hitsaaja\u0000").param("status", "OPEN"))
			.andExpect(status().isBadRequest());
		var employee = SignIn.as(mvc, "demo-employee");
		mvc.perform(post("/account").cookie(employee)
			.with(csrf())
			.param("givenName", "Eeva\u0000")
			.param("familyName", "Esimerkki"))
			.andExpect(status().isBadRequest())
			.andExpect(request().attribute(ErrorPages.MESSAGE_KEY, "error.controlCharacters"));
	}

	@Test
	void aControlCharacterInJsonIsA400Problem() throws Exception {
		var hr = SignIn.as(mvc, "demo-hr");
		for (var title : new String[] { "Hitsaaja\\u0000", "Hitsaaja\\u001F", "Hitsaaja\\u0085" }) {
			mvc.perform(post("/api/v1/jobs").cookie(hr)
				.with(csrf().asHeader())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"" + title + "\", \"status\": \"OPEN\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("/problems/control-characters"))
				.andExpect(jsonPath("$.detail").value(containsString("control character")));
		}
		// An escaped backslash followed by "u0000" is ordinary text and reaches
		// validation.
		var body = mvc
			.perform(post("/api/v1/jobs").cookie(hr)
				.with(csrf().asHeader())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"C:\\\\u0000\", \"status\": \"NO-SUCH-STATUS\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("control-characters");
	}

	@Test
	void jsonIsReadAsJsonReadsEscapes() {
		assertThat(ControlCharacters.jsonHasControlCharacters("{\"a\":\"\\u0000\"}")).isTrue();
		assertThat(ControlCharacters.jsonHasControlCharacters("{\"a\":\"\\\\u0000\"}")).isFalse();
		assertThat(ControlCharacters.jsonHasControlCharacters("{\"a\":\"\\\\\\u0000\"}")).isTrue();
		assertThat(ControlCharacters.jsonHasControlCharacters("{\"a\":\"rivi\\nrivi\\t\\u00e4\"}")).isFalse();
		assertThat(ControlCharacters.jsonHasControlCharacters("{\"a\":\"\u0001\"}")).isTrue();
	}

}
