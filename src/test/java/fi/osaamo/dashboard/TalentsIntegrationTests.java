package fi.osaamo.dashboard;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.TestUsers;
import fi.osaamo.competence.CityOptIns;
import fi.osaamo.competence.CityTalents;
import fi.osaamo.competence.TalentProfile;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.Provenance;
import fi.osaamo.competence.Section;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonSummary;
import fi.osaamo.matching.MatchingEngine;
import fi.osaamo.opendata.OpenDataFixtures;
import fi.osaamo.opendata.imports.ImportRun;
import fi.osaamo.organisation.BusinessId;
import fi.osaamo.organisation.NewOrganisation;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.TaxonomyManagement;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * Talents by competence: only people who opted in to the team's city are ever shown, the
 * search relaxes step by step and says so, every look at a talent is logged, and contact
 * details come only with the talent's approval.
 */
@IntegrationTest
class TalentsIntegrationTests {

	@org.junit.jupiter.api.extension.RegisterExtension
	static com.icegreen.greenmail.junit5.GreenMailExtension mail = new com.icegreen.greenmail.junit5.GreenMailExtension(
			com.icegreen.greenmail.util.ServerSetupTest.SMTP);

	static final String WELDING = "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	CompetenceManagement competence;

	@Autowired
	CityTalents talents;

	@Autowired
	CityOptIns optIns;

	@Autowired
	TaxonomyManagement taxonomy;

	@Autowired
	MatchingEngine matching;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	fi.osaamo.opendata.imports.SourceSettingsRepository settings;

	@Autowired
	fi.osaamo.opendata.imports.ImportRunner runner;

	OrganisationId city;

	Cookie team;

	TestUsers users;

	String keyword;

	String searched;

	@BeforeEach
	void city() throws Exception {
		users = new TestUsers(identities, organisations, passwords);
		city = users.city("Osaajala");
		team = users.signIn(mvc, city, Role.GROWTH_TEAM);
		keyword = taxonomy.byUri(WELDING, Language.EN).orElseThrow().label().text();
		searched = taxonomy.searchSkills(keyword, Language.EN, TalentSearch.SKILLS_PER_KEYWORD).get(0).uri();
	}

	@Test
	void onlyPeopleWhoOptedInToTheCityAreFoundAndTheSearchRelaxesStepByStep() throws Exception {
		var strict = talent("Strict", searched, 4, city);
		var hidden = talent("Hidden", searched, 5, null);
		var elsewhere = talent("Elsewhere", searched, 5,
				organisations
					.create(new NewOrganisation(OrganisationType.CITY, "Muu " + UUID.randomUUID(), null, "092", null))
					.id());
		var relatedUri = matching.relatedSkills(Set.of(searched))
			.stream()
			.filter(uri -> !taxonomy.searchSkills(keyword, Language.EN, TalentSearch.SKILLS_PER_KEYWORD)
				.stream()
				.anyMatch(match -> match.uri().equals(uri)))
			.findFirst()
			.orElseThrow();
		var related = talent("Related", relatedUri, 4, city);

		var html = html(get("/dashboard/talents").cookie(team)
			.header("Accept-Language", "en")
			.param("q", keyword)
			.param("level", "3"));
		assertThat(html).contains(strict.pseudonym(), "1 talent")
			.doesNotContain(hidden.pseudonym(), elsewhere.pseudonym(), related.pseudonym(), "id=\"relaxed\"");

		html = html(get("/dashboard/talents").cookie(team)
			.header("Accept-Language", "en")
			.param("q", keyword)
			.param("level", "5"));
		assertThat(html.indexOf(strict.pseudonym())).isLessThan(html.indexOf(related.pseudonym()));
		assertThat(html)
			.contains("id=\"relaxed\"", "every level from 1 up is included", strict.pseudonym(), related.pseudonym(),
					"related skill")
			.doesNotContain(hidden.pseudonym(), elsewhere.pseudonym());

		var csv = mvc.perform(get("/dashboard/talents.csv").cookie(team).param("q", keyword).param("level", "5"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains(strict.pseudonym(), related.pseudonym())
			.doesNotContain(hidden.pseudonym(), elsewhere.pseudonym());

		html = html(get("/dashboard/talents").cookie(team)
			.header("Accept-Language", "en")
			.param("q", "zzqxv")
			.param("level", "3"));
		assertThat(html).contains("id=\"no-skill\"").doesNotContain("id=\"no-talents\"");
		html = html(get("/dashboard/talents").cookie(team)
			.header("Accept-Language", "en")
			.param("q", keyword)
			.param("level", "9"));
		assertThat(html).contains("\"9\" is not one of the choices.");
	}

	@Test
	void aTalentsDetailsAreLoggedAndOnlyOptedInPeopleCanBeOpened() throws Exception {
		var strict = talent("Viewed", searched, 4, city);
		var hidden = talent("Private", searched, 5, null);

		var html = html(get("/dashboard/talents/" + strict.id().value()).cookie(team).header("Accept-Language", "en"));
		assertThat(html).contains(strict.pseudonym(), "This view is logged").doesNotContain("Talentti Viewed");
		assertThat(jdbc
			.sql("select count(*) from competence.view_log where person_id = :person and organisation_id = :city")
			.param("person", strict.id().value())
			.param("city", city.value())
			.query(Integer.class)
			.single()).isEqualTo(1);
		mvc.perform(get("/dashboard/talents/" + hidden.id().value()).cookie(team)).andExpect(status().isNotFound());
		mvc.perform(post("/dashboard/talents/" + hidden.id().value() + "/contact").cookie(team)
			.with(csrf())
			.param("message", "Hei")).andExpect(status().isNotFound());
		mvc.perform(get("/dashboard/talents").cookie(SignIn.as(mvc, "demo-hr"))).andExpect(status().isForbidden());
		mvc.perform(get("/dashboard/talents/" + strict.id().value()).cookie(SignIn.as(mvc, "demo-employee")))
			.andExpect(status().isForbidden());
	}

	@Test
	void contactDetailsAreShownOnlyAfterTheTalentApproves() throws Exception {
		var talent = talent("Contact", searched, 4, city);
		var page = "/dashboard/talents/" + talent.id().value();
		var html = html(post(page + "/contact").cookie(team)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("message", " "));
		assertThat(html).contains("This field is required.");
		mvc.perform(post(page + "/contact").cookie(team)
			.with(csrf())
			.param("message", "Meillä olisi hitsaajan paikka auki.")).andExpect(redirectedUrl(page + "?sent"));
		html = html(post(page + "/contact").cookie(team)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("message", "Toinen kerta"));
		assertThat(html).contains("You have already asked this person", "id=\"request-status\"");
		assertThat(html(get(page).cookie(team))).doesNotContain("contact@talent.test.invalid");

		assertThat(mail.waitForIncomingEmail(15_000, 1)).isTrue();
		var invitation = java.util.Arrays.stream(mail.getReceivedMessagesForDomain("talent.test.invalid"))
			.filter(message -> {
				try {
					return message.getAllRecipients()[0].toString().equals("contact@talent.test.invalid");
				}
				catch (jakarta.mail.MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			})
			.findFirst()
			.orElseThrow();
		assertThat(invitation.getSubject()).isEqualTo("Yhteydenottopyyntö | Kontaktförfrågan | Contact request");
		assertThat((String) invitation.getContent()).contains("Meillä olisi hitsaajan paikka auki.")
			.doesNotContain("Tiimi Jäsen");
		var request = talents.requestsTo(talent.id()).get(0);
		talents.answer(talent.id(), request.id(), true);
		html = html(get(page).cookie(team).header("Accept-Language", "en"));
		assertThat(html).contains("id=\"contact-details\"", "contact@talent.test.invalid", "Talentti Contact");
		assertThat(identities.accessLog(talent.id(), 10))
			.anySatisfy(entry -> assertThat(entry.purpose()).isEqualTo("approved contact request"));
	}

	@Test
	void theTalentChoosesWhatTheCitySeesAndCanWithdrawIt() throws Exception {
		var person = identities.register(new NewPerson("Talentti", "Itse", null, null));
		var username = "talent-" + UUID.randomUUID().toString().substring(0, 8);
		identities.createLocalAccount(person.id(), username, passwords.encode(SignIn.PASSWORD));
		competence.replace(person.id(), List.of(claim(searched, 3)), List.of(), null, 0);
		var me = SignIn.as(mvc, username);

		var html = html(post("/competence/sharing/city").cookie(me)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("city", city.value().toString())
			.param("sections", "EDUCATION"));
		assertThat(html).contains("Share at least your skills");
		assertThat(optIns.visibility(person.id())).isEmpty();
		html = html(post("/competence/sharing/city").cookie(me)
			.with(csrf())
			.param("city", city.value().toString())
			.param("sections", "IDENTITY", "SKILLS"));
		assertThat(optIns.visibility(person.id())).isEmpty();

		mvc.perform(post("/competence/sharing/city").cookie(me)
			.with(csrf())
			.param("city", city.value().toString())
			.param("sections", "SKILLS", "EDUCATION")).andExpect(redirectedUrl("/competence/sharing#city"));
		assertThat(optIns.visibility(person.id()).orElseThrow().sections()).containsExactlyInAnyOrder(Section.SKILLS,
				Section.EDUCATION);
		assertThat(html(get("/dashboard/talents").cookie(team).param("q", keyword).param("level", "3")))
			.contains(identities.find(person.id()).orElseThrow().pseudonym());

		mvc.perform(post("/competence/sharing/city").cookie(me).with(csrf()))
			.andExpect(redirectedUrl("/competence/sharing#city"));
		assertThat(optIns.visibility(person.id())).isEmpty();
		assertThat(html(get("/dashboard/talents").cookie(team).param("q", keyword).param("level", "3")))
			.doesNotContain(identities.find(person.id()).orElseThrow().pseudonym());
	}

	@Test
	void aCompanysEmployeesAreSearchedWithinWhatTheyOpenedToTheCity() throws Exception {
		var tag = UUID.randomUUID().toString().substring(0, 8);
		var employer = OpenDataFixtures.company("Hitsaamo " + tag + " Oy", "092", "VANTAA");
		var twinA = OpenDataFixtures.company("Kaksoset " + tag + " A Oy", "092", "VANTAA");
		var twinB = OpenDataFixtures.company("Kaksoset " + tag + " B Oy", "092", "VANTAA");
		var outside = OpenDataFixtures.company("Paperilla " + tag + " Oy", "092", "VANTAA");
		OpenDataFixtures.region(settings, "prh-companies", Set.of("092"));
		var file = java.nio.file.Files.createTempFile("companies", ".json");
		java.nio.file.Files.writeString(file, OpenDataFixtures.companies(List.of(employer, twinA, twinB, outside), 4));
		runner.runNow("prh-companies", ImportRun.Trigger.UPLOAD, file).orElseThrow();
		var businessId = employer.get("businessId").get("value").asString();
		var company = organisations
			.create(new NewOrganisation(OrganisationType.COMPANY, "Hitsaamo " + tag + " Oy", new BusinessId(businessId),
					"092", "25"))
			.id();
		var visible = talent("Visible", searched, 4, city);
		optIns.open(visible.id(), city, Set.of(Section.SKILLS, Section.WORK_HISTORY), null, TalentProfile.UNTOLD);
		// Visible to the city, but not where they work: the company search does not name
		// them.
		var skillsOnly = talent("SkillsOnly", searched, 5, city);
		var hidden = talent("Private", searched, 5, null);
		var outsider = talent("Outsider", searched, 5, city);
		organisations.addMember(company, visible.id(), Role.EMPLOYEE);
		organisations.addMember(company, skillsOnly.id(), Role.EMPLOYEE);
		organisations.addMember(company, hidden.id(), Role.EMPLOYEE);

		var html = html(get("/dashboard/talents").cookie(team)
			.header("Accept-Language", "en")
			.param("q", keyword)
			.param("company", businessId));
		assertThat(html)
			.contains("Searching among the employees of", "Hitsaamo " + tag + " Oy", visible.pseudonym(), "1 talent")
			.doesNotContain(hidden.pseudonym(), outsider.pseudonym());
		// Words of the name pick the company when they name one.
		html = html(get("/dashboard/talents").cookie(team)
			.header("Accept-Language", "fi")
			.param("q", keyword)
			.param("company", "hitsaamo " + tag));
		assertThat(html).contains("Haetaan yrityksen työntekijöistä", visible.pseudonym())
			.doesNotContain(outsider.pseudonym());
		var csv = mvc
			.perform(get("/dashboard/talents.csv").cookie(team).param("q", keyword).param("company", businessId))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains(visible.pseudonym())
			.doesNotContain(outsider.pseudonym(), hidden.pseudonym(), skillsOnly.pseudonym());

		// Words naming several companies ask which one, and search no one yet.
		html = html(get("/dashboard/talents").cookie(team)
			.header("Accept-Language", "sv")
			.param("q", keyword)
			.param("company", "kaksoset " + tag));
		assertThat(html)
			.contains("Vilket företag menade du?", "Kaksoset " + tag + " A Oy", "Kaksoset " + tag + " B Oy",
					"company=" + twinA.get("businessId").get("value").asString())
			.doesNotContain(visible.pseudonym(), outsider.pseudonym());
		// A company whose people do not use Osaamo has no known employees.
		html = html(get("/dashboard/talents").cookie(team)
			.header("Accept-Language", "en")
			.param("q", keyword)
			.param("company", outside.get("businessId").get("value").asString()));
		assertThat(html).contains("Its people do not use Osaamo").doesNotContain(outsider.pseudonym());
		// Unknown companies are explained, with the words kept.
		html = html(get("/dashboard/talents").cookie(team)
			.header("Accept-Language", "en")
			.param("q", keyword)
			.param("company", "Ei ole " + tag));
		assertThat(html).contains("No active company of the register is called \"Ei ole " + tag + "\".",
				"value=\"Ei ole " + tag + "\"");
	}

	@Test
	void theTeamBrowsesEveryVisibleTalentWithoutAKeywordNarrowedByWhatTheyTold() throws Exception {
		var welder = taxonomy.searchOccupations("welder", Language.EN, 1).get(0).uri();
		var seeker = talent("Seeker", searched, 3, null);
		optIns.open(seeker.id(), city, Set.of(Section.SKILLS), null,
				new TalentProfile(TalentProfile.Situation.JOB_SEEKER, "049", welder));
		var open = talent("Open", searched, 2, null);
		optIns.open(open.id(), city, Set.of(Section.SKILLS), null,
				new TalentProfile(TalentProfile.Situation.OPEN_TO_OFFERS, "092", null));
		var untold = talent("Untold", searched, 4, city);
		var hidden = talent("Hidden", searched, 5, null);

		var html = html(get("/dashboard/talents").cookie(team).header("Accept-Language", "en"));
		assertThat(html)
			.contains("3 talents are visible to your team", seeker.pseudonym(), open.pseudonym(), untold.pseudonym(),
					"Job seeker", "Espoo", "Job seeker (1)", "Espoo (1)", "Vantaa (1)")
			.doesNotContain(hidden.pseudonym());

		html = html(get("/dashboard/talents").cookie(team)
			.header("Accept-Language", "sv")
			.param("situation", "JOB_SEEKER"));
		assertThat(html).contains(seeker.pseudonym(), "Arbetssökande", "Esbo")
			.doesNotContain(open.pseudonym(), untold.pseudonym());
		html = html(get("/dashboard/talents").cookie(team).param("municipality", "092"));
		assertThat(html).contains(open.pseudonym()).doesNotContain(seeker.pseudonym(), untold.pseudonym());
		html = html(get("/dashboard/talents").cookie(team).param("occupation", welder).param("q", keyword));
		assertThat(html).contains(seeker.pseudonym()).doesNotContain(open.pseudonym(), untold.pseudonym());
		html = html(
				get("/dashboard/talents").cookie(team).header("Accept-Language", "en").param("situation", "STUDENT"));
		assertThat(html).contains("No visible talent matches these filters.");

		html = html(get("/dashboard/talents").cookie(team)
			.header("Accept-Language", "en")
			.param("q", keyword)
			.param("municipality", "999"));
		assertThat(html).contains("Choose a municipality from the list.", "value=\"" + keyword + "\"")
			.doesNotContain(seeker.pseudonym());
	}

	@Test
	void aTalentTellsTheirSituationAndARefusedOptInKeepsWhatWasTyped() throws Exception {
		var person = identities.register(new NewPerson("Talentti", "Kertoja", null, null));
		var username = "teller-" + UUID.randomUUID().toString().substring(0, 8);
		identities.createLocalAccount(person.id(), username, passwords.encode(SignIn.PASSWORD));
		competence.replace(person.id(), List.of(claim(searched, 3)), List.of(), null, 0);
		var me = SignIn.as(mvc, username);

		var html = html(post("/competence/sharing/city").cookie(me)
			.with(csrf())
			.header("Accept-Language", "fi")
			.param("city", city.value().toString())
			.param("sections", "SKILLS", "EDUCATION")
			.param("situation", "STUDENT")
			.param("municipality", "049")
			.param("expiresOn", "2000-01-01"));
		assertThat(html).contains("Päivämäärä ei voi olla menneisyydessä.", "value=\"2000-01-01\"",
				"id=\"situation-STUDENT\" name=\"situation\" value=\"STUDENT\" checked", "value=\"049\" selected",
				"id=\"city-EDUCATION\" name=\"sections\" value=\"EDUCATION\" checked", "aria-invalid=\"true\"");
		assertThat(optIns.visibility(person.id())).isEmpty();

		mvc.perform(post("/competence/sharing/city").cookie(me)
			.with(csrf())
			.param("city", city.value().toString())
			.param("sections", "SKILLS")
			.param("situation", "STUDENT")
			.param("municipality", "049")).andExpect(redirectedUrl("/competence/sharing#city"));
		assertThat(optIns.visibility(person.id()).orElseThrow().profile())
			.isEqualTo(new TalentProfile(TalentProfile.Situation.STUDENT, "049", null));
		assertThat(html(get("/competence/sharing").cookie(me))).contains("value=\"049\" selected");
	}

	private PersonSummary talent(String name, String skill, int level, OrganisationId visibleTo) {
		var person = identities
			.register(new NewPerson("Talentti", name, name.toLowerCase() + "@talent.test.invalid", null));
		competence.replace(person.id(), List.of(claim(skill, level)), List.of(), null, 0);
		if (visibleTo != null) {
			optIns.open(person.id(), visibleTo, Set.of(Section.SKILLS, Section.EDUCATION), null, TalentProfile.UNTOLD);
		}
		return person;
	}

	private static SkillClaim claim(String skill, int level) {
		return new SkillClaim(skill, level, Provenance.WORK, null, null, false);
	}

	private String html(RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
