package fi.osaamo.account;

import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.identity.IdentityManagement;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The attacks of the security review (finding 5): telling existing user names from the
 * answers, spraying passwords over many names from one address, and locking anyone's
 * account by failing on purpose. Each test comes from addresses of its own, since the
 * throttle counts per address.
 */
@IntegrationTest
class SignInThrottleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityManagement identities;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void knownAndUnknownNamesGetTheSameAnswers() throws Exception {
		var known = account();
		var unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 5; i++) {
			assertThat(answer(attempt(known, "wrong", "198.51.100.1")))
				.isEqualTo(answer(attempt(unknown, "wrong", "198.51.100.2")));
		}
		// After five failures both names are slowed down alike.
		var knownAnswer = answer(attempt(known, "wrong", "198.51.100.1"));
		var unknownAnswer = answer(attempt(unknown, "wrong", "198.51.100.2"));
		assertThat(knownAnswer).contains("Too many failed sign-ins").isEqualTo(unknownAnswer);
	}

	@Test
	void sprayingManyNamesFromOneAddressIsRefusedLongBeforeTheSixtyFirst() throws Exception {
		var victim = account();
		var address = "198.51.100.10";
		for (int i = 0; i < 60; i++) {
			attempt("spray-" + i + "-" + UUID.randomUUID(), "Kesä2026!", address);
		}
		// Twenty failures are answered, then each further attempt must wait for a time
		// that
		// doubles with each failure: in a rapid run hardly any more passwords are tried.
		assertThat(outcomes(address, "FAILURE")).isBetween(20, 23);
		assertThat(outcomes(address, "THROTTLED")).isGreaterThanOrEqualTo(37);
		// The 61st attempt is refused even with the right password of an existing user:
		// the password is not even checked.
		var sixtyFirst = attempt(victim, SignIn.PASSWORD, address);
		assertThat(sixtyFirst.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(answer(sixtyFirst)).contains("Too many failed sign-ins");
		// Another address is not affected.
		assertThat(attempt(victim, SignIn.PASSWORD, "198.51.100.11").getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void failingOnPurposeDoesNotLockTheOwnerOut() throws Exception {
		var victim = account();
		for (int i = 0; i < 8; i++) {
			attempt(victim, "guess-" + i, "198.51.100.20");
		}
		// The owner, elsewhere, waits seconds at most — never a lockout.
		var waited = 0;
		MvcResult result;
		do {
			result = attempt(victim, SignIn.PASSWORD, "198.51.100.21");
			if (!"/".equals(result.getResponse().getRedirectedUrl())) {
				Thread.sleep(1000);
				waited++;
			}
		}
		while (!"/".equals(result.getResponse().getRedirectedUrl()) && waited < 20);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(waited).isLessThanOrEqualTo(16);
	}

	@Test
	void administratorsReadTheSignInLog() throws Exception {
		var name = "logged-" + UUID.randomUUID().toString().substring(0, 8);
		attempt(name, "wrong", "198.51.100.30");
		mvc.perform(get("/account/sign-ins").param("q", name)
			.cookie(SignIn.as(mvc, "demo-admin"))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("198.51.100.30")))
			.andExpect(content().string(containsString("Wrong name or password")));
		mvc.perform(get("/account/sign-ins").cookie(SignIn.as(mvc, "demo-hr"))).andExpect(status().isForbidden());
		mvc.perform(get("/account/sign-ins")).andExpect(redirectedUrl("/login"));
	}

	private MvcResult attempt(String username, String password, String address) throws Exception {
		return mvc.perform(
				post("/login").with(csrf()).with(from(address)).param("username", username).param("password", password))
			.andExpect(status().is3xxRedirection())
			.andReturn();
	}

	/** The sign-in page shown after an attempt, in English. */
	private String answer(MvcResult result) throws Exception {
		var session = result.getResponse().getCookie("SESSION");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		var page = get("/login").param("error", "").header("Accept-Language", "en");
		if (session != null) {
			page = page.cookie(new Cookie("SESSION", session.getValue()));
		}
		var body = mvc.perform(page).andReturn().getResponse().getContentAsString();
		var alert = body.indexOf("role=\"alert\"");
		return alert < 0 ? "" : body.substring(alert, body.indexOf("</div>", alert));
	}

	private int outcomes(String address, String outcome) {
		return jdbc.sql("select count(*) from account.sign_in_attempt where client = :client and outcome = :outcome")
			.param("client", address)
			.param("outcome", outcome)
			.query(Integer.class)
			.single();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String account() {
		return new fi.osaamo.TestUsers(identities, null, passwords).account("throttle").username();
	}

}
