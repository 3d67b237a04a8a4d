package fi.osaamo.dashboard;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.TestUsers;
import fi.osaamo.companies.AccountManagement;
import fi.osaamo.companies.Channel;
import fi.osaamo.companies.CompanyRef;
import fi.osaamo.companies.NeedKind;
import fi.osaamo.companies.NeedManagement;
import fi.osaamo.companies.NewContact;
import fi.osaamo.companies.NewNeed;
import fi.osaamo.companies.Urgency;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.opendata.OpenDataFixtures;
import fi.osaamo.opendata.imports.ImportRun;
import fi.osaamo.opendata.imports.ImportRunner;
import fi.osaamo.opendata.imports.SourceSettingsRepository;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.Notice;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The company list's account columns and filters, saved filters and bulk assignment of an
 * account manager, over HTTP, each team seeing its own records only.
 */
@IntegrationTest
class CompanyListIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SourceSettingsRepository settings;

	@Autowired
	ImportRunner runner;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AccountManagement accounts;

	@Autowired
	NeedManagement needs;

	OrganisationId team;

	TestUsers.Account me;

	Cookie member;

	String recent;

	String old;

	String never;

	TestUsers users;

	String prefix;

	@BeforeEach
	void companies() throws Exception {
		// Each test's own companies: the register keeps those of the tests before.
		prefix = "Listasuodin" + java.util.UUID.randomUUID().toString().substring(0, 6);
		var companies = List.of(OpenDataFixtures.company(prefix + " Tuore Oy", "092", "VANTAA"),
				OpenDataFixtures.company(prefix + " Vanha Oy", "092", "VANTAA"),
				OpenDataFixtures.company(prefix + " Koskematon Oy", "092", "VANTAA"));
		OpenDataFixtures.region(settings, "prh-companies", Set.of("092"));
		var file = Files.createTempFile("companies", ".json");
		Files.writeString(file, OpenDataFixtures.companies(companies, 3));
		runner.runNow("prh-companies", ImportRun.Trigger.UPLOAD, file).orElseThrow();
		recent = companies.get(0).get("businessId").get("value").asString();
		old = companies.get(1).get("businessId").get("value").asString();
		never = companies.get(2).get("businessId").get("value").asString();
		users = new TestUsers(identities, organisations, passwords);
		team = users.city("Listala");
		me = users.account("lister");
		organisations.addMember(team, me.id(), Role.GROWTH_TEAM);
		member = SignIn.as(mvc, me.username());
		accounts.logContact(team, new CompanyRef(recent, prefix + " Tuore Oy", null), contact(1), me.id());
		accounts.logContact(team, new CompanyRef(old, prefix + " Vanha Oy", null), contact(9), me.id());
		needs.chart(team, new CompanyRef(old, prefix + " Vanha Oy", null),
				new NewNeed(NeedKind.WORKFORCE, "Asentaja", Urgency.HIGH), me.id());
	}

	@Test
	void theListShowsTheTeamsColumnsAndFiltersByLastContactAndOpenNeeds() throws Exception {
		var all = html(get("/dashboard/companies").cookie(member).header("Accept-Language", "en").param("q", prefix));
		assertThat(all).contains("Last contact", "Open needs", "Overdue follow-ups", "Account manager",
				"Not contacted in six months", "id=\"choose-" + recent + "\"");

		var quiet = html(get("/dashboard/companies").cookie(member).param("q", prefix).param("noContactMonths", "6"));
		assertThat(quiet).contains(prefix + " Vanha Oy", prefix + " Koskematon Oy")
			.doesNotContain(prefix + " Tuore Oy");
		var open = html(get("/dashboard/companies").cookie(member).param("q", prefix).param("openNeeds", "true"));
		assertThat(open).contains(prefix + " Vanha Oy").doesNotContain(prefix + " Tuore Oy", prefix + " Koskematon Oy");

		// Another city's team has contacted none of them.
		var other = users.signIn(mvc, users.city("Muula"), Role.GROWTH_TEAM);
		assertThat(html(get("/dashboard/companies").cookie(other).param("q", prefix).param("noContactMonths", "6")))
			.contains(prefix + " Tuore Oy", prefix + " Vanha Oy", prefix + " Koskematon Oy");
		assertThat(html(get("/dashboard/companies").cookie(member)
			.header("Accept-Language", "en")
			.param("noContactMonths", "0"))).contains("Give a number from 1 to 120.", "id=\"no-companies\"");
		assertThat(html(get("/dashboard/companies").cookie(SignIn.as(mvc, "demo-admin"))
			.header("Accept-Language", "en")
			.param("overdue", "true"))).contains("you are not in a team");
	}

	@Test
	void aFilterIsSavedUnderANameAndRemoved() throws Exception {
		mvc.perform(post("/dashboard/companies/filters").cookie(member)
			.with(csrf())
			.param("q", prefix)
			.param("noContactMonths", "6")
			.param("filterName", "Hiljaiset"))
			.andExpect(redirectedUrl("/dashboard/companies?q=" + prefix + "&noContactMonths=6"))
			.andExpect(flash().attribute("osaamo.notice",
					new Notice("dashboard.filters.notice.saved", new String[] { "Hiljaiset" })));
		var list = html(get("/dashboard/companies").cookie(member));
		assertThat(list).contains("href=\"/dashboard/companies?q=" + prefix + "&amp;noContactMonths=6\">Hiljaiset</a>");

		assertThat(html(post("/dashboard/companies/filters").cookie(member)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("q", prefix)
			.param("filterName", " "))).contains("id=\"filterName-error\"", "This field is required.");

		var id = list.replaceAll("(?s).*action=\"/dashboard/companies/filters/([0-9a-f-]{36})/remove\".*", "$1");
		var other = users.signIn(mvc, team, Role.GROWTH_TEAM);
		mvc.perform(post("/dashboard/companies/filters/" + id + "/remove").cookie(other).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/dashboard/companies/filters/" + id + "/remove").cookie(member).with(csrf()))
			.andExpect(redirectedUrl("/dashboard/companies"));
		assertThat(html(get("/dashboard/companies").cookie(member))).doesNotContain(">Hiljaiset</a>");
	}

	@Test
	void anAccountManagerIsAssignedToTheChosenCompaniesAfterConfirmation() throws Exception {
		var question = html(post("/dashboard/companies/manager").cookie(member)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("q", prefix)
			.param("companies", recent, never)
			.param("assignManager", me.id().value().toString()));
		assertThat(question).contains("id=\"confirm-assign\"", "these 2 companies", prefix + " Tuore Oy",
				prefix + " Koskematon Oy");
		assertThat(accounts.findAccount(team, never)).isEmpty();

		var notice = (Notice) mvc
			.perform(post("/dashboard/companies/manager").cookie(member)
				.with(csrf())
				.param("q", prefix)
				.param("page", "0")
				.param("companies", recent, never)
				.param("assignManager", me.id().value().toString())
				.param("confirm", "true"))
			.andExpect(redirectedUrl("/dashboard/companies?q=" + prefix))
			.andReturn()
			.getFlashMap()
			.get("osaamo.notice");
		assertThat(notice.key()).isEqualTo("dashboard.assign.named.many");
		assertThat(notice.arguments()[0]).isEqualTo("2");
		assertThat(accounts.findAccount(team, never).orElseThrow().manager()).isEqualTo(me.id());
		assertThat(html(get("/dashboard/companies").cookie(member).param("manager", "me").param("q", prefix)))
			.contains(prefix + " Tuore Oy", prefix + " Koskematon Oy")
			.doesNotContain(prefix + " Vanha Oy");

		var refused = html(post("/dashboard/companies/manager").cookie(member)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("q", prefix)
			.param("assignManager", ""));
		assertThat(refused).contains("id=\"error-summary\"", "Choose at least one company in the list.",
				"id=\"assignManager-error\"");
		mvc.perform(post("/dashboard/companies/manager").cookie(SignIn.as(mvc, "demo-admin"))
			.with(csrf())
			.param("companies", recent)
			.param("assignManager", "none")).andExpect(status().isForbidden());
	}

	@Test
	void theExportHasTheTeamsColumns() throws Exception {
		var csv = mvc
			.perform(get("/dashboard/companies.csv").cookie(member)
				.header("Accept-Language", "en")
				.param("q", prefix + " Vanha"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		var lines = csv.lines().toList();
		assertThat(lines.get(0)).endsWith(",Account manager,Last contact,Open needs,Overdue follow-ups");
		assertThat(lines.get(1)).endsWith("," + LocalDate.now().minusMonths(9) + ",1,0");
	}

	private static NewContact contact(int monthsAgo) {
		return new NewContact(LocalDate.now().minusMonths(monthsAgo), Channel.MEETING, "Toimitusjohtaja", null, null,
				false);
	}

	private String html(RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
