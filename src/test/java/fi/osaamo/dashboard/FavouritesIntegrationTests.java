package fi.osaamo.dashboard;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.opendata.OpenDataFixtures;
import fi.osaamo.opendata.imports.ImportRun;
import fi.osaamo.opendata.imports.ImportRunner;
import fi.osaamo.opendata.imports.SourceSettingsRepository;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import jakarta.servlet.http.Cookie;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Favourites: starred on the server's own names, private to their owner, with notes,
 * filters and pages that stay usable with hundreds.
 */
@IntegrationTest
class FavouritesIntegrationTests {

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
	Favourites favourites;

	@Autowired
	fi.osaamo.competence.CityOptIns talents;

	@Autowired
	fi.osaamo.competence.CompetenceManagement competence;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	PersonId me;

	fi.osaamo.organisation.OrganisationId city;

	Cookie member;

	String businessId;

	@BeforeEach
	void member() throws Exception {
		var company = OpenDataFixtures.company("Suosikkitestin Valimo Oy", "092", "VANTAA");
		businessId = company.get("businessId").get("value").asString();
		OpenDataFixtures.region(settings, "prh-companies", Set.of("092"));
		var file = Files.createTempFile("companies", ".json");
		Files.writeString(file, OpenDataFixtures.companies(List.of(company), 1));
		runner.runNow("prh-companies", ImportRun.Trigger.UPLOAD, file).orElseThrow();
		city = new fi.osaamo.TestUsers(identities, organisations, passwords).city("Suosikkila");
		var username = "fav-" + UUID.randomUUID().toString().substring(0, 8);
		me = identities.register(new NewPerson("Suosikki", "Käyttäjä", null, null)).id();
		identities.createLocalAccount(me, username, passwords.encode(SignIn.PASSWORD));
		organisations.addMember(city, me, Role.GROWTH_TEAM);
		member = SignIn.as(mvc, username);
	}

	@Test
	void aStarredCompanyGetsANoteAndIsFoundByItsFilters() throws Exception {
		mvc.perform(post("/dashboard/favourites/COMPANY/" + businessId).cookie(member)
			.with(csrf())
			.param("label", "Forged name")
			.param("returnTo", "/dashboard/companies/" + businessId))
			.andExpect(redirectedUrl("/dashboard/companies/" + businessId));
		var html = html(get("/dashboard/favourites").cookie(member).header("Accept-Language", "en"));
		assertThat(html).contains("Suosikkitestin Valimo Oy", "1 favourites").doesNotContain("Forged name");
		// The company page's star now offers to remove it, and says so in what it sends.
		assertThat(html(get("/dashboard/companies/" + businessId).cookie(member)))
			.contains("name=\"starred\" value=\"false\"");

		mvc.perform(post("/dashboard/favourites/COMPANY/" + businessId + "/note").cookie(member)
			.with(csrf())
			.param("note", "Soita tammikuussa rekrytoinneista")
			.param("returnTo", "/dashboard/favourites")).andExpect(redirectedUrl("/dashboard/favourites?saved"));
		assertThat(html(get("/dashboard/favourites").cookie(member).param("q", "tammikuussa")))
			.contains("Suosikkitestin Valimo Oy");
		assertThat(html(get("/dashboard/favourites").cookie(member).param("kind", "TALENT")))
			.doesNotContain("Suosikkitestin Valimo Oy");
		html = html(post("/dashboard/favourites/COMPANY/" + businessId + "/note").cookie(member)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("note", "x".repeat(2001)));
		assertThat(html).contains("Enter at most 2,000 characters.");

		var htmx = html(post("/dashboard/favourites/COMPANY/" + businessId).cookie(member)
			.with(csrf())
			.header("HX-Request", "true")
			.param("starred", "false")
			.param("returnTo", "/dashboard/companies/" + businessId));
		assertThat(htmx).contains("aria-pressed=\"false\"").doesNotContain("<html");
		assertThat(favourites.starred(me, Favourite.Kind.COMPANY, businessId)).isFalse();
	}

	@Test
	void favouritesArePrivateAndUnknownThingsCannotBeStarred() throws Exception {
		mvc.perform(post("/dashboard/favourites/COMPANY/" + businessId).cookie(member).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(html(get("/dashboard/favourites").cookie(SignIn.as(mvc, "demo-growth"))))
			.doesNotContain("Suosikkitestin Valimo Oy");
		mvc.perform(post("/dashboard/favourites/COMPANY/0000000-0").cookie(member).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/dashboard/favourites/TALENT/" + UUID.randomUUID()).cookie(member).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/dashboard/favourites/PLANET/x").cookie(member).with(csrf()))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/dashboard/favourites/COMPANY/" + businessId).cookie(member)
			.with(csrf())
			.param("returnTo", "//evil.invalid/")).andExpect(redirectedUrl("/dashboard/favourites"));
		mvc.perform(get("/dashboard/favourites").cookie(SignIn.as(mvc, "demo-employee")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aTalentWhoWithdrawsIsNamedNowhereInTheFavourites() throws Exception {
		var talent = identities.register(new NewPerson("Vetäytyvä", "Talentti", null, null));
		competence.replace(talent.id(),
				List.of(new fi.osaamo.competence.SkillClaim(
						"http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea", 4,
						fi.osaamo.competence.Provenance.WORK, null, null, false)),
				List.of(), null, 0);
		talents.open(talent.id(), city, Set.of(fi.osaamo.competence.Section.SKILLS), null,
				fi.osaamo.competence.TalentProfile.UNTOLD);
		mvc.perform(post("/dashboard/favourites/TALENT/" + talent.id()).cookie(member).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/dashboard/favourites/TALENT/" + talent.id() + "/note").cookie(member)
			.with(csrf())
			.param("note", "Hyvä hitsari, soita")).andExpect(status().is3xxRedirection());
		assertThat(html(get("/dashboard/favourites").cookie(member))).contains(talent.pseudonym(),
				"Hyvä hitsari, soita");

		// The talent withdraws: neither the list, its search nor its exports name them.
		talents.open(talent.id(), city, Set.of(), null, fi.osaamo.competence.TalentProfile.UNTOLD);
		assertThat(html(get("/dashboard/favourites").cookie(member))).doesNotContain(talent.pseudonym())
			.doesNotContain("Hyvä hitsari");
		assertThat(html(get("/dashboard/favourites").cookie(member).param("q", "hitsari")))
			.doesNotContain(talent.pseudonym());
		assertThat(html(get("/dashboard/favourites.csv").cookie(member))).doesNotContain(talent.pseudonym())
			.doesNotContain("Hyvä hitsari");
		var xlsx = mvc.perform(get("/dashboard/favourites.xlsx").cookie(member))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(1);
		}

		// Visibility that lapses on its date hides them the same way.
		talents.open(talent.id(), city, Set.of(fi.osaamo.competence.Section.SKILLS), null,
				fi.osaamo.competence.TalentProfile.UNTOLD);
		assertThat(html(get("/dashboard/favourites").cookie(member))).contains(talent.pseudonym());
		jdbc.sql("update competence.city_visibility set expires_on = current_date - 1 where person_id = :person")
			.param("person", talent.id().value())
			.update();
		assertThat(html(get("/dashboard/favourites").cookie(member))).doesNotContain(talent.pseudonym());
	}

	@Test
	void hundredsOfFavouritesArePagedAndExported() throws Exception {
		for (var i = 0; i < 300; i++) {
			favourites.star(me, Favourite.Kind.COMPANY, String.format("%07d-%d", i, i % 10),
					String.format("Yritys %03d", i));
		}
		var html = html(get("/dashboard/favourites").cookie(member)
			.header("Accept-Language", "en")
			.param("sort", "NAME")
			.param("page", "5"));
		assertThat(html).contains("300 favourites", "Yritys 250", "Yritys 299").doesNotContain("Yritys 249");

		var xlsx = mvc.perform(get("/dashboard/favourites.xlsx").cookie(member).param("sort", "NAME"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(300);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Yritys 000");
		}
	}

	private String html(RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
