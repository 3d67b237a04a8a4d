package fi.osaamo.opendata.web;

import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.opendata.imports.ImportRun;
import fi.osaamo.opendata.imports.ImportRuns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administration pages of the imports.
 */
@IntegrationTest
class ImportPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ImportRuns runs;

	@Test
	void onlyPlatformAdminsSeeTheSources() throws Exception {
		mvc.perform(get("/opendata").cookie(SignIn.as(mvc, "demo-hr"))).andExpect(status().isForbidden());
		mvc.perform(post("/opendata/sources/prh-companies/run").cookie(SignIn.as(mvc, "demo-growth")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/opendata").cookie(SignIn.as(mvc, "demo-admin")).header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Företag (PRH / FODS)")))
			.andExpect(content().string(containsString("Jobbannonser (JobPosting-flöde)")))
			.andExpect(content().string(containsString("Bokslut (PRH)")));
		// Each source's file picker offers its own format.
		mvc.perform(get("/opendata/sources/prh-financials").cookie(SignIn.as(mvc, "demo-admin"))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("accept=\".xml,.xbrl,.zip,")))
			.andExpect(content().string(containsString("XBRL instance document")));
		mvc.perform(get("/opendata/sources/prh-companies").cookie(SignIn.as(mvc, "demo-admin")))
			.andExpect(content().string(containsString("accept=\".json,application/json")));
		mvc.perform(get("/opendata/sources/no-such-source").cookie(SignIn.as(mvc, "demo-admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void anAdministratorMakesTheNextRunReadEverythingAgainAfterConfirming() throws Exception {
		var admin = SignIn.as(mvc, "demo-admin");
		sourceSettings.saveSyncState("prh-financials", "registered:2026-01-15");
		mvc.perform(get("/opendata/sources/prh-financials").cookie(admin).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("<code id=\"sync-state\">registered:2026-01-15</code>")));
		mvc.perform(post("/opendata/sources/prh-financials/sync/forget").cookie(SignIn.as(mvc, "demo-growth"))
			.with(csrf())
			.param("confirm", "true")).andExpect(status().isForbidden());

		mvc.perform(post("/opendata/sources/prh-financials/sync/forget").cookie(admin)
			.with(csrf())
			.header("Accept-Language", "fi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vahvista valitsemalla ruutu")));
		assertThat(sourceSettings.current("prh-financials").syncState()).isEqualTo("registered:2026-01-15");

		mvc.perform(post("/opendata/sources/prh-financials/sync/forget").cookie(admin)
			.with(csrf())
			.param("confirm", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/opendata/sources/prh-financials?notice=syncForgotten"));
		assertThat(sourceSettings.current("prh-financials").syncState()).isNull();
		mvc.perform(get("/opendata/sources/prh-financials?notice=syncForgotten").cookie(admin)
			.header("Accept-Language", "sv"))
			.andExpect(content().string(containsString("Nästa körning läser allt igen")))
			.andExpect(content().string(containsString("Ingen fullständig körning har lämnat")));
	}

	@Autowired
	fi.osaamo.opendata.imports.SourceSettingsRepository sourceSettings;

	@Test
	void invalidSettingsAreExplainedAndWhatWasTypedIsKept() throws Exception {
		var admin = SignIn.as(mvc, "demo-admin");
		mvc.perform(post("/opendata/sources/jobposting-feed/settings").cookie(admin)
			.with(csrf())
			.header("Accept-Language", "fi")
			.param("scheduled", "true")
			.param("cron", "joka yö")
			.param("baseUrl", "https://example.org/feed.jsonld")
			.param("municipalities", "092, 091")
			.param("version", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("”joka yö” ei ole kelvollinen aikataulu.")))
			.andExpect(content().string(containsString("value=\"joka yö\"")))
			.andExpect(content().string(containsString("value=\"https://example.org/feed.jsonld\"")));
		mvc.perform(post("/opendata/sources/jobposting-feed/settings").cookie(admin)
			.with(csrf())
			.param("cron", "0 0 3 * * *")
			.param("municipalities", "92x")
			.param("version", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"92x\"")))
			.andExpect(content().string(containsString("alert--error")));
	}

	@Test
	void anUploadRunsInTheBackgroundWithItsProgressAndRejectionsShown() throws Exception {
		var admin = SignIn.as(mvc, "demo-admin");
		var feed = """
				[{"@type": "JobPosting", "identifier": "page-1", "title": "Varastotyöntekijä",
				  "jobLocation": {"address": {"addressLocality": "Vantaa"}}},
				 {"@type": "JobPosting", "identifier": "page-2"}]""";
		var location = mvc
			.perform(multipart("/opendata/sources/jobposting-feed/upload")
				.file(new MockMultipartFile("file", "feed.json", "application/ld+json", feed.getBytes()))
				.cookie(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		for (int i = 0; i < 200 && runs.find(id).orElseThrow().running(); i++) {
			Thread.sleep(25);
		}
		var run = runs.find(id).orElseThrow();
		assertThat(run.status()).isEqualTo(ImportRun.Status.SUCCEEDED);
		assertThat(run.trigger()).isEqualTo(ImportRun.Trigger.UPLOAD);
		mvc.perform(get(location).cookie(admin).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A required field is missing")))
			.andExpect(content().string(containsString("page-2")));
		// The progress fragment stops polling once the run has ended.
		mvc.perform(get(location).cookie(admin).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"progress\"")))
			.andExpect(content().string(not(containsString("every 1s"))));
		mvc.perform(get("/opendata/sources/jobposting-feed").cookie(admin))
			.andExpect(content().string(containsString(location)));
	}

	@Test
	void aSourceThatCannotBeReachedFailsWithAReasonAndCanBeRunAgain() throws Exception {
		var admin = SignIn.as(mvc, "demo-admin");
		// In the tests the studies source points at a closed port.
		var location = mvc.perform(post("/opendata/sources/konfo-studies/run").cookie(admin).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		for (int i = 0; i < 400 && runs.find(id).orElseThrow().running(); i++) {
			Thread.sleep(25);
		}
		assertThat(runs.find(id).orElseThrow().status()).isEqualTo(ImportRun.Status.FAILED);
		mvc.perform(get(location).cookie(admin).header("Accept-Language", "fi"))
			.andExpect(content().string(containsString("Lähde ei vastannut useista yrityksistä huolimatta")));
	}

}
