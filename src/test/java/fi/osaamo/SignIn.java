package fi.osaamo;

import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signs a demo user in through the real sign-in form and, unless told not to, accepts the
 * privacy notice, returning the session cookie (sessions live in the database, as in
 * production).
 */
public final class SignIn {

	public static final String PASSWORD = "test-password";

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	private SignIn() {
	}

	public static Cookie as(MockMvc mvc, String username) throws Exception {
		var session = withoutPrivacy(mvc, username);
		var form = mvc.perform(get("/privacy/accept").cookie(session)).andReturn().getResponse().getContentAsString();
		var version = VERSION.matcher(form);
		if (!version.find()) {
			throw new AssertionError("No privacy notice to accept");
		}
		mvc.perform(post("/privacy/accept").cookie(session)
			.with(csrf())
			.param("version", version.group(1))
			.param("continue", "/")).andExpect(status().is3xxRedirection());
		return session;
	}

	public static Cookie withoutPrivacy(MockMvc mvc, String username) throws Exception {
		var result = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		var session = result.getResponse().getCookie("SESSION");
		if (session == null || result.getResponse().getRedirectedUrl() == null
				|| result.getResponse().getRedirectedUrl().contains("error")) {
			throw new AssertionError(
					"Could not sign in as " + username + ": " + result.getResponse().getRedirectedUrl());
		}
		return session;
	}

}
