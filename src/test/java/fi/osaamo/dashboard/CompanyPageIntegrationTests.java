package fi.osaamo.dashboard;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.TestUsers;
import fi.osaamo.companies.AccountManagement;
import fi.osaamo.companies.NeedManagement;
import fi.osaamo.companies.FinancialRecords;
import fi.osaamo.companies.Financials;
import fi.osaamo.companies.NeedStatus;
import fi.osaamo.companies.NewService;
import fi.osaamo.companies.ServiceCatalogue;
import fi.osaamo.companies.ServiceKind;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.opendata.OpenDataFixtures;
import fi.osaamo.opendata.imports.ImportRun;
import fi.osaamo.opendata.imports.ImportRunner;
import fi.osaamo.opendata.imports.SourceSettingsRepository;
import fi.osaamo.organisation.NewOrganisation;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A company's page and the team's account of it over HTTP: the team's records stay the
 * team's, bad input is explained with the input kept, and nothing is saved half-way.
 */
@IntegrationTest
class CompanyPageIntegrationTests {

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
	ServiceCatalogue catalogue;

	@Autowired
	AccountManagement accounts;

	@Autowired
	NeedManagement needs;

	String businessId;

	OrganisationId team;

	Cookie member;

	TestUsers users;

	@Autowired
	FinancialRecords financials;

	@BeforeEach
	void company() throws Exception {
		var company = OpenDataFixtures.company("Sivutestin Metalli Oy", "092", "VANTAA");
		businessId = company.get("businessId").get("value").asString();
		OpenDataFixtures.region(settings, "prh-companies", Set.of("092"));
		var file = Files.createTempFile("companies", ".json");
		Files.writeString(file, OpenDataFixtures.companies(List.of(company), 1));
		runner.runNow("prh-companies", ImportRun.Trigger.UPLOAD, file).orElseThrow();
		users = new TestUsers(identities, organisations, passwords);
		team = users.city("Sivula");
		member = users.signIn(mvc, team, Role.GROWTH_TEAM);
	}

	@Test
	void aTeamMemberLogsAContactChartsANeedAndRefersIt() throws Exception {
		var service = catalogue.add(team,
				new NewService("Ryhmävalmennus", ServiceKind.TRAINING, "Ammattiopisto", null, null));
		var page = "/dashboard/companies/" + businessId;
		mvc.perform(post(page + "/contacts").cookie(member)
			.with(csrf())
			.param("occurredOn", LocalDate.now().toString())
			.param("channel", "PHONE")
			.param("participants", "Toimitusjohtaja Virtanen")
			.param("notes", "Tarvitsevat hitsaajia")
			.param("topics", "rekrytointi")).andExpect(redirectedUrl(page + "?saved=contact#contacts"));
		mvc.perform(post(page + "/needs").cookie(member)
			.with(csrf())
			.param("kind", "WORKFORCE")
			.param("urgency", "HIGH")
			.param("description", "Kaksi hitsaajaa keväällä")).andExpect(redirectedUrl(page + "?saved=need#needs"));
		var need = needs.needs(team, businessId).get(0);
		mvc.perform(post(page + "/needs/" + need.id() + "/referrals").cookie(member)
			.with(csrf())
			.param("service", service.toString())
			.param("followUpOn", LocalDate.now().plusDays(14).toString())
			.param("version", String.valueOf(need.version()))).andExpect(redirectedUrl(page + "?saved=refer#needs"));

		var html = html(get(page).cookie(member).header("Accept-Language", "en"));
		assertThat(html).contains("Sivutestin Metalli Oy", "Toimitusjohtaja Virtanen", "Tarvitsevat hitsaajia",
				"Kaksi hitsaajaa keväällä", "Ryhmävalmennus (Ammattiopisto)", "Referred");
		assertThat(needs.findNeed(team, need.id()).orElseThrow().status()).isEqualTo(NeedStatus.REFERRED);
	}

	@Test
	void badInputIsExplainedInTheUsersLanguageWithTheInputKept() throws Exception {
		var page = "/dashboard/companies/" + businessId;
		var html = html(post(page + "/contacts").cookie(member)
			.with(csrf())
			.header("Accept-Language", "sv")
			.param("occurredOn", "2026-13-45")
			.param("channel", "PHONE")
			.param("participants", "Inköpschef Berg"));
		assertThat(html).contains("Värdet kunde inte läsas. Kontrollera formatet.", "value=\"Inköpschef Berg\"");

		html = html(post(page + "/contacts").cookie(member)
			.with(csrf())
			.header("Accept-Language", "fi")
			.param("occurredOn", LocalDate.now().plusDays(3).toString())
			.param("channel", "MEETING")
			.param("participants", "Talousjohtaja")
			.param("notes", "Luonnos"));
		assertThat(html).contains("Yhteydenoton päivä ei voi olla tulevaisuudessa.", "value=\"Talousjohtaja\"",
				">Luonnos</textarea>", "id=\"error-summary\"", "href=\"#occurredOn\"", "id=\"occurredOn-error\"",
				"aria-describedby=\"occurredOn-error\"");
		assertThat(accounts.contacts(team, businessId, identities.findByUsername("demo-growth").orElseThrow().id()))
			.isEmpty();

		html = html(post(page + "/needs").cookie(member)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("urgency", "LOW")
			.param("description", "Koneoppimisen osaaja"));
		assertThat(html).contains("Choose one of the options.", "Koneoppimisen osaaja</textarea>", "id=\"kind-error\"");
		assertThat(needs.needs(team, businessId)).isEmpty();
	}

	@Test
	void aReferralToAWithdrawnServiceIsExplainedAndTheNeedStaysOpen() throws Exception {
		var actor = identities.register(new NewPerson("A", "B", null, null)).id();
		var service = catalogue.add(team, new NewService("Vanha palvelu", ServiceKind.OTHER, "Joku", null, null));
		var needId = needs.chart(team, new fi.osaamo.companies.CompanyRef(businessId, "Sivutestin Metalli Oy", null),
				new fi.osaamo.companies.NewNeed(fi.osaamo.companies.NeedKind.DEVELOPMENT, "Laatujärjestelmä",
						fi.osaamo.companies.Urgency.LOW),
				actor);
		catalogue.withdraw(team, service, 0);

		var html = html(post("/dashboard/companies/" + businessId + "/needs/" + needId + "/referrals").cookie(member)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("service", service.toString())
			.param("followUpOn", LocalDate.now().plusDays(7).toString())
			.param("version", "0"));
		assertThat(html).contains("The chosen service is no longer in the catalogue. Choose another service.");
		var need = needs.findNeed(team, needId).orElseThrow();
		assertThat(need.status()).isEqualTo(NeedStatus.OPEN);
		assertThat(need.referrals()).isEmpty();
	}

	@Test
	void anotherCitysTeamAndOtherRolesSeeNothingOfTheAccount() throws Exception {
		var page = "/dashboard/companies/" + businessId;
		mvc.perform(post(page + "/contacts").cookie(member)
			.with(csrf())
			.param("occurredOn", LocalDate.now().toString())
			.param("channel", "EVENT")
			.param("participants", "Salainen Osallistuja")).andExpect(status().is3xxRedirection());

		var other = users.signIn(mvc, users.city("Toinen"), Role.GROWTH_TEAM);
		assertThat(html(get(page).cookie(other))).contains("Sivutestin Metalli Oy")
			.doesNotContain("Salainen Osallistuja");
		assertThat(html(get(page).cookie(SignIn.as(mvc, "demo-admin")))).contains("id=\"no-team\"")
			.doesNotContain("Salainen Osallistuja");
		mvc.perform(post(page + "/contacts").cookie(SignIn.as(mvc, "demo-admin"))
			.with(csrf())
			.param("occurredOn", LocalDate.now().toString())
			.param("channel", "EVENT")
			.param("participants", "X")).andExpect(status().isForbidden());
		mvc.perform(get(page).cookie(SignIn.as(mvc, "demo-hr"))).andExpect(status().isForbidden());
		mvc.perform(get("/dashboard/services").cookie(SignIn.as(mvc, "demo-hr"))).andExpect(status().isForbidden());
		mvc.perform(get("/dashboard/my-work").cookie(SignIn.as(mvc, "demo-employee")))
			.andExpect(status().isForbidden());
	}

	@Autowired
	fi.osaamo.competence.CompetenceManagement competence;

	@Autowired
	fi.osaamo.competence.SharingManagement sharing;

	@Autowired
	fi.osaamo.jobs.JobManagement jobs;

	@Test
	void thePageShowsTheCompanysOpenJobTasksAndItsEmployeesCompetencesRoundedAndReleasedMonthly() throws Exception {
		var welding = "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea";
		var firstAid = "http://data.europa.eu/esco/skill/f7464f30-662b-4177-85a0-3df9693e9e58";
		var organisation = organisations
			.create(new NewOrganisation(OrganisationType.COMPANY, "Sivutestin Metalli Oy",
					new fi.osaamo.organisation.BusinessId(businessId), "092", "25"))
			.id();
		var employees = new java.util.ArrayList<fi.osaamo.identity.PersonId>();
		for (var i = 0; i < 6; i++) {
			var employee = identities.register(new NewPerson("Työ", "Tekijä " + i, null, null)).id();
			organisations.addMember(organisation, employee, Role.EMPLOYEE);
			var skills = new java.util.ArrayList<fi.osaamo.competence.SkillClaim>();
			skills.add(new fi.osaamo.competence.SkillClaim(welding, 3, fi.osaamo.competence.Provenance.WORK, null, null,
					false));
			if (i == 0) {
				skills.add(new fi.osaamo.competence.SkillClaim(firstAid, 2, fi.osaamo.competence.Provenance.WORK, null,
						null, false));
			}
			competence.replace(employee, skills, List.of(), null, 0);
			if (i < 5) {
				sharing.share(employee, organisation, java.util.EnumSet.of(fi.osaamo.competence.Section.SKILLS), null);
			}
			employees.add(employee);
		}
		var hr = identities.register(new NewPerson("Henkilöstö", "Päällikkö", null, null)).id();
		organisations.addMember(organisation, hr, Role.HR);
		jobs.create(hr, organisation, new fi.osaamo.jobs.JobDraft("Hitsaaja, kevätkausi", null, null, "Vantaa", null,
				null, null, fi.osaamo.jobs.JobStatus.OPEN, List.of()));

		// Five share their skills, all welders at level 3: multiples of five stay as they
		// are, so the counts are exact here.
		var html = html(get("/dashboard/companies/" + businessId).cookie(member).header("Accept-Language", "en"));
		assertThat(html).contains("Hitsaaja, kevätkausi", "among the about 5 employees who share their skills",
				"<td>5</td>", "rounded at random to a multiple of five");
		var welder = taxonomy.byUri(welding, fi.osaamo.platform.Language.EN).orElseThrow().label().text();
		assertThat(html).contains(welder);

		// This month's figures stay as released, whoever stops sharing.
		sharing.share(employees.get(0), organisation, java.util.EnumSet.noneOf(fi.osaamo.competence.Section.class),
				null);
		assertThat(html(get("/dashboard/companies/" + businessId).cookie(member).header("Accept-Language", "en")))
			.contains("among the about 5 employees who share their skills");
	}

	@Test
	void aCompanyWithFewerThanFiveSharingGetsNoFigures() throws Exception {
		var organisation = organisations
			.create(new NewOrganisation(OrganisationType.COMPANY, "Pieni Sivutesti Oy",
					new fi.osaamo.organisation.BusinessId(businessId), "092", "25"))
			.id();
		for (var i = 0; i < 3; i++) {
			var employee = identities.register(new NewPerson("Pieni", "Tekijä " + i, null, null)).id();
			organisations.addMember(organisation, employee, Role.EMPLOYEE);
			competence.replace(employee,
					List.of(new fi.osaamo.competence.SkillClaim(
							"http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea", 3,
							fi.osaamo.competence.Provenance.WORK, null, null, false)),
					List.of(), null, 0);
			sharing.share(employee, organisation, java.util.EnumSet.of(fi.osaamo.competence.Section.SKILLS), null);
		}
		assertThat(html(get("/dashboard/companies/" + businessId).cookie(member).header("Accept-Language", "en")))
			.contains("Fewer than five employees share their skills")
			.doesNotContain("<td>5</td>");
	}

	@Autowired
	fi.osaamo.taxonomy.TaxonomyManagement taxonomy;

	@Test
	void financialsPerYearAreRecordedChartedCorrectedAndRemovedAfterConfirmation() throws Exception {
		var page = "/dashboard/companies/" + businessId;
		var lastYear = LocalDate.now().getYear() - 1;
		mvc.perform(post(page + "/financials").cookie(member)
			.with(csrf())
			.param("fiscalYear", String.valueOf(lastYear - 1))
			.param("revenue", "1200000")
			.param("operatingProfit", "-35000")
			.param("personnel", "14")
			.param("source", "Tilinpäätös " + (lastYear - 1)))
			.andExpect(redirectedUrl(page + "?saved=financials#financials-heading"));
		mvc.perform(post(page + "/financials").cookie(member)
			.with(csrf())
			.param("fiscalYear", String.valueOf(lastYear))
			.param("revenue", "1500000")
			.param("operatingProfit", "90000")
			.param("source", "Toimitusjohtajan ilmoitus"))
			.andExpect(redirectedUrl(page + "?saved=financials#financials-heading"));

		var html = html(get(page).cookie(member).header("Accept-Language", "en"));
		assertThat(html).contains("id=\"financials-chart\"", "class=\"fin-loss\"", "class=\"fin-profit\"",
				"1,500,000 €", "-35,000 €", "Tilinpäätös " + (lastYear - 1), ">" + lastYear + "</text>");
		assertThat(financials.financials(team, businessId)).extracting(Financials::fiscalYear)
			.containsExactly(lastYear - 1, lastYear);

		// Recording a year again replaces its figures.
		mvc.perform(post(page + "/financials").cookie(member)
			.with(csrf())
			.param("fiscalYear", String.valueOf(lastYear))
			.param("revenue", "1600000")
			.param("source", "Tilinpäätös " + lastYear));
		assertThat(financials.financials(team, businessId).get(1).revenue()).isEqualTo(1_600_000L);
		assertThat(financials.financials(team, businessId).get(1).operatingProfit()).isNull();

		// Bad input is explained with what was typed kept, and nothing is saved.
		html = html(post(page + "/financials").cookie(member)
			.with(csrf())
			.header("Accept-Language", "fi")
			.param("fiscalYear", String.valueOf(LocalDate.now().getYear() + 1))
			.param("revenue", "500")
			.param("source", "Arvio"));
		assertThat(html).contains("Anna tilikausi väliltä 1990–" + LocalDate.now().getYear(), "value=\"Arvio\"");
		html = html(post(page + "/financials").cookie(member)
			.with(csrf())
			.header("Accept-Language", "sv")
			.param("fiscalYear", String.valueOf(lastYear))
			.param("source", "Bokslut"));
		assertThat(html).contains("Ange minst en siffra: omsättning, rörelseresultat eller personal.");
		html = html(post(page + "/financials").cookie(member)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("fiscalYear", String.valueOf(lastYear))
			.param("revenue", "1,5 M")
			.param("source", "Statements"));
		assertThat(html).contains("This value could not be read.", "value=\"Statements\"");
		assertThat(financials.financials(team, businessId).get(1).revenue()).isEqualTo(1_600_000L);

		// Removing asks for a confirmation first.
		html = html(post(page + "/financials/" + (lastYear - 1) + "/remove").cookie(member)
			.with(csrf())
			.header("Accept-Language", "en"));
		assertThat(html)
			.contains("Tick the box to confirm that the figures of " + (lastYear - 1) + " are to be removed.");
		assertThat(financials.financials(team, businessId)).hasSize(2);
		mvc.perform(post(page + "/financials/" + (lastYear - 1) + "/remove").cookie(member)
			.with(csrf())
			.param("confirm", "true")).andExpect(redirectedUrl(page + "?saved=financialsremoved#financials-heading"));
		assertThat(financials.financials(team, businessId)).extracting(Financials::fiscalYear)
			.containsExactly(lastYear);

		// Another city's team sees none of it.
		var other = users.signIn(mvc, users.city("Muuala"), Role.GROWTH_TEAM);
		assertThat(html(get(page).cookie(other).header("Accept-Language", "en"))).contains("id=\"no-financials\"")
			.doesNotContain("Tilinpäätös " + lastYear);
	}

	@Test
	void statementsFiledToTheRegisterAreChartedBesideTheTeamsFiguresAndCannotBeRemovedByTheTeam() throws Exception {
		var page = "/dashboard/companies/" + businessId;
		OpenDataFixtures.region(settings, "prh-financials", Set.of("092"));
		var file = Files.createTempFile("statement", ".xml");
		Files.writeString(file, OpenDataFixtures.statement(businessId, 2024));
		assertThat(runner.runNow("prh-financials", ImportRun.Trigger.UPLOAD, file).orElseThrow().created())
			.isEqualTo(1);
		mvc.perform(post(page + "/financials").cookie(member)
			.with(csrf())
			.param("fiscalYear", "2024")
			.param("revenue", "999000")
			.param("personnel", "11")
			.param("source", "Toimitusjohtajan arvio"))
			.andExpect(redirectedUrl(page + "?saved=financials#financials-heading"));

		var html = html(get(page).cookie(member).header("Accept-Language", "en"));
		var table = html.substring(html.indexOf("id=\"financials\""));
		assertThat(table).contains("Trade register (PRH): financial statements Jan 1, 2024–Dec 31, 2024", "1,254,301 €",
				"84,210 €", "512,000 €", "From the register", "999,000 €", "Toimitusjohtajan arvio");
		// The team can remove its own figures of 2024, not the register's.
		assertThat(table.split("id=\"remove-financials-2024\"", -1)).hasSize(2);
		// The chart draws 2024 from the register: one pair of columns.
		assertThat(html.split(">2024</text>", -1)).hasSize(2);

		html = html(get(page).cookie(member).header("Accept-Language", "sv"));
		assertThat(html).contains("Handelsregistret (PRS): bokslut", "Personalkostnader", "Från registret");
	}

	@Test
	void anUnknownCompanyIsNotFound() throws Exception {
		mvc.perform(get("/dashboard/companies/0000000-0").cookie(member)).andExpect(status().isNotFound());
		mvc.perform(post("/dashboard/companies/0000000-0/needs").cookie(member)
			.with(csrf())
			.param("kind", "WORKFORCE")
			.param("urgency", "LOW")
			.param("description", "x")).andExpect(status().isNotFound());
	}

	@Test
	void theServiceCatalogueKeepsInputOnErrorAndWithdrawsAfterConfirmation() throws Exception {
		var html = html(post("/dashboard/services").cookie(member)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("name", "Työkokeilu")
			.param("kind", "OTHER"));
		assertThat(html).contains("This field is required.", "value=\"Työkokeilu\"");
		assertThat(catalogue.services(team, true)).isEmpty();

		mvc.perform(post("/dashboard/services").cookie(member)
			.with(csrf())
			.param("name", "Työkokeilu")
			.param("kind", "OTHER")
			.param("provider", "Työllisyyspalvelut")).andExpect(redirectedUrl("/dashboard/services?saved=added"));
		var service = catalogue.services(team, false).get(0);
		assertThat(html(get("/dashboard/services/" + service.id() + "/withdraw").cookie(member)))
			.contains("id=\"confirm-withdraw\"");
		mvc.perform(post("/dashboard/services/" + service.id() + "/withdraw").cookie(member)
			.with(csrf())
			.param("version", String.valueOf(service.version())))
			.andExpect(redirectedUrl("/dashboard/services?saved=withdrawn"));
		assertThat(catalogue.services(team, false)).isEmpty();

		var other = users.signIn(mvc, users.city("Kolmas"), Role.GROWTH_TEAM);
		mvc.perform(get("/dashboard/services/" + service.id() + "/withdraw").cookie(other))
			.andExpect(status().isNotFound());
		assertThat(html(get("/dashboard/services").cookie(other).param("withdrawn", "true")))
			.doesNotContain("Työkokeilu");
	}

	private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
