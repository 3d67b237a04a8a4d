package fi.osaamo.privacy;

import java.util.Map;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.platform.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PrivacyNoticeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PrivacyManagement privacy;

	@Autowired
	IdentityManagement identities;

	@Test
	void aSignedInUserMustAcceptTheCurrentNoticeFirst() throws Exception {
		var session = SignIn.withoutPrivacy(mvc, "demo-growth");
		var version = privacy.currentVersion();
		var person = identities.localCredentials("demo-growth").orElseThrow().person().id();
		if (privacy.hasAcceptedCurrent(person)) {
			return; // accepted by an earlier test in this JVM; the next test covers a new
					// version
		}
		mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/privacy/accept?continue=%2Faccount"));
		mvc.perform(get("/api/v1/organisations/00000000-0000-0000-0000-000000000000").cookie(session))
			.andExpect(status().isForbidden());
		mvc.perform(post("/privacy/accept").cookie(session)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("continue", "/account")).andExpect(redirectedUrl("/account"));
		assertThat(privacy.acceptedAt(person, version)).isPresent();
		mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void aNewVersionAsksAgain() throws Exception {
		var session = SignIn.as(mvc, "demo-school");
		mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
		var newVersion = privacy.publish(Map.of(Language.FI, new PrivacyManagement.NoticeText("Uusi", "Teksti."),
				Language.SV, new PrivacyManagement.NoticeText("Ny", "Text."), Language.EN,
				new PrivacyManagement.NoticeText("New", "Text.")));
		mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/privacy/accept?continue=%2Faccount"));
		mvc.perform(post("/privacy/accept").cookie(session)
			.with(csrf())
			.param("version", String.valueOf(newVersion - 1))
			.param("continue", "/account")).andExpect(redirectedUrl("/privacy/accept?continue=%2Faccount"));
		mvc.perform(post("/privacy/accept").cookie(session)
			.with(csrf())
			.param("version", String.valueOf(newVersion))
			.param("continue", "/account")).andExpect(redirectedUrl("/account"));
		mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void theContinueParameterCannotLeadOffSite() throws Exception {
		var session = SignIn.as(mvc, "demo-bot");
		mvc.perform(post("/privacy/accept").cookie(session)
			.with(csrf())
			.param("version", String.valueOf(privacy.currentVersion()))
			.param("continue", "//evil.example/")).andExpect(redirectedUrl("/"));
	}

}
