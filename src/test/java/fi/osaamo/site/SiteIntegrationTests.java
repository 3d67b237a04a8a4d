package fi.osaamo.site;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobStatus;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SiteIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CompetenceManagement competence;

	@Autowired
	JobManagement jobs;

	@Autowired
	IdentityManagement identities;

	@Autowired
	fi.osaamo.taxonomy.TaxonomyManagement taxonomy;

	@Autowired
	fi.osaamo.studies.StudyManagement studies;

	@Test
	void theFrontPageOffersToStartOrContinueTheMapping() throws Exception {
		var instructor = identities.findByUsername("demo-instructor").orElseThrow().id();
		competence.delete(instructor);
		mvc.perform(get("/").cookie(SignIn.as(mvc, "demo-instructor")).header(HttpHeaders.ACCEPT_LANGUAGE, "fi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aloita osaamiskartoitus")))
			.andExpect(content().string(containsString("id=\"home-jobs\"")))
			.andExpect(content().string(containsString("Uusimmat ohjeet")));
		// The growth team is sent to its dashboard, not to a company's job tasks it has
		// none of.
		mvc.perform(get("/").cookie(SignIn.as(mvc, "demo-growth")).header(HttpHeaders.ACCEPT_LANGUAGE, "fi"))
			.andExpect(content().string(containsString("id=\"home-dashboard\"")))
			.andExpect(content().string(not(containsString("href=\"/jobs\""))));
		competence.start(instructor);
		mvc.perform(get("/").cookie(SignIn.as(mvc, "demo-instructor")).header(HttpHeaders.ACCEPT_LANGUAGE, "fi"))
			.andExpect(content().string(containsString("Oma osaamiskartoitus")))
			.andExpect(content().string(not(containsString("Aloita osaamiskartoitus"))));
		mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "fi"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Aloita osaamiskartoitus"))))
			.andExpect(content().string(containsString("href=\"/login\"")));
	}

	@Test
	void searchFindsArticlesJobTasksAndStudiesTheVisitorMaySee() throws Exception {
		var hr = identities.findByUsername("demo-hr").orElseThrow().id();
		var ownTitles = jobs.list(hr, null, JobStatus.OPEN, "", 0, 100).items();
		assertThat(ownTitles).isNotEmpty();
		var own = ownTitles.get(0).title();
		var rep = identities.findByUsername("demo-company").orElseThrow().id();
		var otherTitles = jobs.list(rep, null, JobStatus.OPEN, "", 0, 100)
			.items()
			.stream()
			.map(task -> task.title())
			.toList();
		var employee = SignIn.as(mvc, "demo-employee");
		mvc.perform(get("/search").param("q", own).cookie(employee))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(own)));
		if (!otherTitles.contains(own)) {
			mvc.perform(get("/search").param("q", own).cookie(SignIn.as(mvc, "demo-company")))
				.andExpect(content().string(not(containsString("/jobs/" + ownTitles.get(0).id()))));
		}
		// Anonymous visitors find articles, never job tasks.
		mvc.perform(get("/search").param("q", own))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/jobs/" + ownTitles.get(0).id()))));
		mvc.perform(get("/search").param("q", "hitsaus").cookie(employee).header(HttpHeaders.ACCEPT_LANGUAGE, "fi"))
			.andExpect(content().string(containsString("Koulutukset (")));
		mvc.perform(get("/search").param("q", "osaamiskartoitus").header(HttpHeaders.ACCEPT_LANGUAGE, "fi"))
			.andExpect(content().string(containsString("Näin aloitat osaamiskartoituksen")));
	}

	@Test
	void searchForgivesTypingErrorsOtherWordFormsAndAnotherLanguage() throws Exception {
		var employee = SignIn.as(mvc, "demo-employee");
		// Finnish stemming alone misses "Hitsaajien" for "hitsaus"; a typing error too.
		for (var words : List.of("hitsaus", "hitsuas")) {
			mvc.perform(get("/search").param("q", words).cookie(employee).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
				.andExpect(content().string(containsString("Hitsaajien pätevyydet")));
		}
		// A Swedish word finds the studies, written in Finnish, that teach welding, and
		// those first.
		var welding = taxonomy.skillsNamedBy("svetsning", fi.osaamo.platform.Language.SV);
		assertThat(welding).isNotEmpty();
		for (var path : List.of("/search", "/studies")) {
			var html = mvc
				.perform(get(path).param("q", "svetsning").cookie(employee).header(HttpHeaders.ACCEPT_LANGUAGE, "sv"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			var found = java.util.regex.Pattern.compile("href=\"/studies/([0-9a-f-]{36})\"")
				.matcher(html)
				.results()
				.map(match -> studies.find(java.util.UUID.fromString(match.group(1))).orElseThrow())
				.toList();
			assertThat(found).isNotEmpty()
				.allSatisfy(study -> assertThat(study.skills()).containsAnyElementsOf(welding))
				.anySatisfy(study -> assertThat(study.language()).isEqualTo("fi"));
		}
		mvc.perform(get("/search").param("q", "qzxv").cookie(employee).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content().string(not(containsString("– hitsaaja"))));
	}

	@Test
	void pagesShowBreadcrumbs() throws Exception {
		mvc.perform(get("/content").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content().string(containsString("aria-label=\"Breadcrumb\"")))
			.andExpect(content().string(containsString("<li aria-current=\"page\">Instructions</li>")));
		mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content().string(not(containsString("aria-label=\"Breadcrumb\""))));
	}

}
