package fi.osaamo.content;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ArticleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleManagement articles;

	@Autowired
	IdentityManagement identities;

	@Test
	void theDemoRegionHasArticlesInThreeLanguages() throws Exception {
		assertThat(articles.count()).isGreaterThanOrEqualTo(6);
		mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Så börjar du kompetenskartläggningen")))
			.andExpect(content().string(containsString("Dataskydd")));
	}

	@Test
	void aPlatformAdministratorPublishesForTheWholeRegion() throws Exception {
		var admin = SignIn.as(mvc, "demo-admin");
		var title = "Region guide " + UUID.randomUUID();
		var location = mvc
			.perform(post("/content/articles").cookie(admin)
				.with(csrf())
				.param("audience", "")
				.param("category", category("getting-started"))
				.param("byline", "Osaamo team")
				.param("publish", "true")
				.param("enTitle", title)
				.param("enSummary", "What to do first")
				.param("enBody", "## First\n\nSign in and **start**.\n\n<script>alert(1)</script>"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/content/articles/*?saved"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var path = location.substring(0, location.indexOf('?'));
		mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h3>First</h3>")))
			.andExpect(content().string(containsString("&lt;script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))));
		// A Finnish reader sees it too, marked as not yet translated.
		mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, "fi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ei ole vielä kielelläsi")));
		mvc.perform(get("/content").param("q", title)).andExpect(content().string(containsString(title)));
	}

	@Test
	void aCompanyArticleIsReadOnlyByTheCompanysMembers() throws Exception {
		var companyAdmin = person("demo-companyadmin");
		var company = articles.audiences(companyAdmin).stream().filter(a -> a.organisation() != null).findFirst();
		assertThat(company).isPresent();
		var title = "Internal note " + UUID.randomUUID();
		var id = articles.create(companyAdmin, draft(company.get().organisation(), title, true));
		var path = "/content/articles/" + id;

		mvc.perform(get(path).cookie(SignIn.as(mvc, "demo-employee")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		// Another company's representative, an anonymous visitor and the site search see
		// nothing of it.
		var other = SignIn.as(mvc, "demo-company");
		mvc.perform(get(path).cookie(other)).andExpect(status().isNotFound());
		mvc.perform(get(path)).andExpect(status().isNotFound());
		mvc.perform(get("/content").param("q", title).cookie(other))
			.andExpect(content().string(not(containsString(path))));
		mvc.perform(get("/search").param("q", title).cookie(other))
			.andExpect(content().string(not(containsString(path))));
		mvc.perform(get("/search").param("q", title).cookie(SignIn.as(mvc, "demo-hr")))
			.andExpect(content().string(containsString(path)));
		// The platform administrator may not edit another organisation's article.
		mvc.perform(get(path + "/edit").cookie(SignIn.as(mvc, "demo-admin"))).andExpect(status().isNotFound());
	}

	@Test
	void aDraftIsSeenOnlyByThoseWhoMayEditIt() throws Exception {
		var companyAdmin = person("demo-companyadmin");
		var company = articles.audiences(companyAdmin).get(0).organisation();
		var title = "Draft " + UUID.randomUUID();
		var id = articles.create(companyAdmin, draft(company, title, false));
		mvc.perform(get("/content/articles/" + id).cookie(SignIn.as(mvc, "demo-employee")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/content/articles/" + id).cookie(SignIn.as(mvc, "demo-companyadmin")))
			.andExpect(status().isOk());
		mvc.perform(get("/content/manage").cookie(SignIn.as(mvc, "demo-companyadmin")))
			.andExpect(content().string(containsString(title)));
	}

	@Test
	void anEmployeeMayNotWrite() throws Exception {
		var employee = SignIn.as(mvc, "demo-employee");
		mvc.perform(get("/content/articles/new").cookie(employee)).andExpect(status().isForbidden());
		mvc.perform(post("/content/articles").cookie(employee)
			.with(csrf())
			.param("category", category("privacy"))
			.param("byline", "Me")
			.param("fiTitle", "x")
			.param("fiSummary", "x")
			.param("fiBody", "x")).andExpect(status().isForbidden());
		mvc.perform(get("/content/articles/new")).andExpect(status().is3xxRedirection());
		assertThatThrownBy(() -> articles.create(person("demo-employee"), draft(null, "x", true)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void badInputIsRefusedWithTheInputKept() throws Exception {
		var admin = SignIn.as(mvc, "demo-admin");
		var before = articles.count();
		mvc.perform(post("/content/articles").cookie(admin)
			.with(csrf())
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fi")
			.param("category", category("privacy"))
			.param("byline", "Osaamo")
			.param("svTitle", "Bara rubrik utan text"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lyhyt kuvaus (ruotsiksi)")))
			.andExpect(content().string(containsString("Bara rubrik utan text")));
		mvc.perform(post("/content/articles").cookie(admin)
			.with(csrf())
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.param("category", category("privacy"))
			.param("byline", "Osaamo")
			.param("enTitle", "x".repeat(201))
			.param("enSummary", "s")
			.param("enBody", "b"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at most 200")));
		mvc.perform(post("/content/articles").cookie(admin)
			.with(csrf())
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.param("byline", "Osaamo")
			.param("enTitle", "t")
			.param("enSummary", "s")
			.param("enBody", "b"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a category")));
		assertThat(articles.count()).isEqualTo(before);
	}

	@Test
	void aStaleEditIsRefused() {
		var admin = person("demo-admin");
		var id = articles.create(admin, draft(null, "Versioned " + UUID.randomUUID(), true));
		articles.update(admin, id, draft(null, "First change", true), 0);
		assertThatThrownBy(() -> articles.update(admin, id, draft(null, "Second change", true), 0))
			.isInstanceOf(StaleVersionException.class);
		assertThat(articles.find(id, admin).orElseThrow().text(Language.EN).title()).isEqualTo("First change");
	}

	@Test
	void fullTextSearchUnderstandsWordForms() {
		var admin = person("demo-admin");
		var word = "zq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
		articles.create(admin, new ArticleDraft(null, categoryId("studies"), "Osaamo", true, new EnumMap<>(Map.of(
				Language.EN,
				new ArticleDraft.Text("Welding courses " + word, "For welders", "Learn welding in the region.")))));
		var found = articles.list(null, Language.EN, null, "welds " + word, 0, 10).items();
		assertThat(found).extracting(ArticleSummary::title).containsExactly("Welding courses " + word);
		assertThat(articles.list(null, Language.EN, "privacy", "welds " + word, 0, 10).items()).isEmpty();
	}

	@Test
	void deletingAnArticleAsksFirst() throws Exception {
		var admin = person("demo-admin");
		var id = articles.create(admin, draft(null, "To delete " + UUID.randomUUID(), true));
		var session = SignIn.as(mvc, "demo-admin");
		mvc.perform(get("/content/articles/" + id + "/delete").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("confirm-delete")));
		mvc.perform(post("/content/articles/" + id + "/delete").cookie(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(articles.find(id, admin)).isEmpty();
	}

	@Test
	void categoriesAreAddedByPlatformAdministratorsOnly() throws Exception {
		var slug = "safety-" + Long.toString(System.nanoTime(), 36);
		mvc.perform(post("/content/categories").cookie(SignIn.as(mvc, "demo-companyadmin"))
			.with(csrf())
			.param("slug", slug)
			.param("nameFI", "Turvallisuus")
			.param("nameSV", "Säkerhet")
			.param("nameEN", "Safety")).andExpect(status().isForbidden());
		var admin = SignIn.as(mvc, "demo-admin");
		mvc.perform(post("/content/categories").cookie(admin)
			.with(csrf())
			.param("slug", "Not A Slug")
			.param("nameFI", "Turvallisuus")
			.param("nameSV", "Säkerhet")
			.param("nameEN", "Safety"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not A Slug")));
		mvc.perform(post("/content/categories").cookie(admin)
			.with(csrf())
			.param("slug", slug)
			.param("nameFI", "Turvallisuus")
			.param("nameSV", "Säkerhet")
			.param("nameEN", "Safety")).andExpect(status().is3xxRedirection());
		assertThat(articles.category(slug)).map(c -> c.name(Language.SV)).contains("Säkerhet");
		assertThatThrownBy(() -> articles.createCategory(person("demo-admin"), slug,
				new EnumMap<>(Map.of(Language.FI, "a", Language.SV, "b", Language.EN, "c"))))
			.isInstanceOf(InvalidInputException.class);
	}

	private ArticleDraft draft(fi.osaamo.organisation.OrganisationId audience, String title, boolean publish) {
		return new ArticleDraft(audience, categoryId("job-tasks"), "Writer", publish,
				new EnumMap<>(Map.of(Language.EN, new ArticleDraft.Text(title, "Summary", "Body text"))));
	}

	private String category(String slug) {
		return categoryId(slug).toString();
	}

	private UUID categoryId(String slug) {
		return articles.category(slug).orElseThrow().id();
	}

	private PersonId person(String username) {
		return identities.findByUsername(username).orElseThrow().id();
	}

}
