package fi.osaamo.privacy;

import java.util.EnumSet;
import java.util.List;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.account.ProfileManagement;
import fi.osaamo.competence.CityOptIns;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.Provenance;
import fi.osaamo.competence.Section;
import fi.osaamo.competence.SharingManagement;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.competence.TalentProfile;
import fi.osaamo.competence.Target;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.Notice;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class MyDataIntegrationTests {

	static final String WELDING = "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea";

	static final String WELDER = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityManagement identities;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	CompetenceManagement competence;

	@Autowired
	SharingManagement sharing;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ProfileManagement profiles;

	@Autowired
	CityOptIns optIns;

	@Autowired
	TaxonomyManagement taxonomy;

	@Autowired
	JsonMapper json;

	@Autowired
	List<PersonalDataHolder> holders;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void myDataReadsAsAPersonWouldWithLabelsAndNamesAndNoInternalFields() throws Exception {
		var username = "readable-" + System.nanoTime();
		var person = identities.register(new NewPerson("Rea", "Dable", "rea@example.invalid", null)).id();
		identities.createLocalAccount(person, username, passwords.encode(SignIn.PASSWORD));
		var company = organisations.list("Konepaja Kallio", OrganisationType.COMPANY, 0, 1).items().get(0).id();
		var city = organisations.list("Rantalan kaupunki", OrganisationType.CITY, 0, 1).items().get(0).id();
		organisations.addMember(company, person, Role.EMPLOYEE);
		profiles.save(person, "Hitsaaja", WELDER);
		competence.start(person);
		competence.replace(person,
				List.of(new SkillClaim(WELDING, 3, Provenance.WORK, "SFS-EN ISO 9606-1",
						java.time.LocalDate.of(2025, 3, 14), true)),
				List.of(new Target(WELDING, 5)), "Kokenut hitsaaja", 0);
		sharing.share(person, company, EnumSet.of(Section.SKILLS), java.time.LocalDate.of(2031, 1, 31));
		optIns.open(person, city, EnumSet.of(Section.SKILLS), null,
				new TalentProfile(TalentProfile.Situation.OPEN_TO_OFFERS, "092", WELDER));
		var labels = taxonomy.byUris(List.of(WELDING, WELDER), Language.FI);

		var html = mvc.perform(get("/account/data").cookie(SignIn.as(mvc, username)).header("Accept-Language", "fi"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
		assertThat(main)
			.contains("Rea Dable", "rea@example.invalid", "Konepaja Kallio Oy", "Työntekijä", "Yritys",
					labels.get(WELDING).label().text(), labels.get(WELDER).label().text(), "3 – ", "Työ",
					"SFS-EN ISO 9606-1", "14.3.2025", "31.1.2031", "Taidot", "Rantalan kaupunki", "Vantaa",
					"Työssä, avoin uusille mahdollisuuksille", "Kokenut hitsaaja", "Versio ",
					"Koulutusta ei ole kirjattu.", "Viimeisin tapahtuma")
			.doesNotContain("http://data.europa.eu/esco")
			.doesNotContain(person.toString())
			.doesNotContain(company.toString())
			.doesNotContain(city.toString())
			.doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
			.contains("href=\"/account/data/export\"");
	}

	@Test
	void emptySectionsSaySo() throws Exception {
		var username = "empty-" + System.nanoTime();
		var person = identities.register(new NewPerson(null, null, null, null)).id();
		identities.createLocalAccount(person, username, passwords.encode(SignIn.PASSWORD));
		mvc.perform(get("/account/data").cookie(SignIn.as(mvc, username)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have no role in any organisation.")))
			.andExpect(content().string(containsString("You have not started a competence mapping.")))
			.andExpect(content().string(containsString("No levels recorded yet.")))
			.andExpect(content().string(containsString("You share nothing with any organisation.")))
			.andExpect(content().string(containsString("You are not visible to any city growth team.")))
			.andExpect(content().string(containsString("You have not shown interest in any job task.")))
			.andExpect(content().string(containsString("No suggestions have been made about you.")));
	}

	@Test
	void aPersonDownloadsEverythingAndThenDeletesTheirAccountForGood() throws Exception {
		var username = "gdpr-" + System.nanoTime();
		var person = identities.register(new NewPerson("Greta", "Gdpr", "greta@example.invalid", null)).id();
		identities.createLocalAccount(person, username, passwords.encode(SignIn.PASSWORD));
		var company = organisations.list("Konepaja Kallio", OrganisationType.COMPANY, 0, 1).items().get(0).id();
		organisations.addMember(company, person, Role.EMPLOYEE);
		competence.start(person);
		competence.replace(person, List.of(new SkillClaim(WELDING, 3, Provenance.WORK, null, null, true)), List.of(),
				"My summary", 0);
		sharing.share(person, company, EnumSet.of(Section.SKILLS), null);
		var session = SignIn.as(mvc, username);
		var otherDevice = SignIn.as(mvc, username);
		mvc.perform(get("/account").cookie(otherDevice)).andExpect(status().isOk());

		mvc.perform(get("/account/data/export").cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("osaamo-my-data.json")))
			.andExpect(content().string(containsString("greta@example.invalid")))
			.andExpect(content().string(containsString(WELDING)))
			.andExpect(content().string(containsString("My summary")))
			.andExpect(content().string(containsString("Konepaja Kallio Oy")))
			.andExpect(content().string(containsString("privacyNoticeAcceptances")));
		var keys = new java.util.ArrayList<String>();
		json.readTree(
				mvc.perform(get("/account/data/export").cookie(session)).andReturn().getResponse().getContentAsString())
			.propertyNames()
			.forEach(keys::add);
		assertThat(keys).containsExactly("personalData", "accessLog", "workProfile", "organisations",
				"privacyNoticeAcceptances", "competenceMapping", "levelHistory", "developmentPlan",
				"developmentPlanJobTasks", "developmentDialogues", "sharing", "viewsOfMySharedMapping",
				"visibilityToCity", "contactRequests", "taskSuggestionsAboutMe", "jobTasksOfInterest");

		mvc.perform(get("/account/delete").cookie(session))
			.andExpect(content().string(containsString("confirm-delete-account")));
		mvc.perform(post("/account/delete").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("osaamo.notice", new Notice("myData.notice.deleted", new String[0])));

		assertThat(identities.find(person)).isEmpty();
		assertThat(identities.localCredentials(username)).isEmpty();
		assertThat(competence.mapping(person)).isEmpty();
		assertThat(sharing.grants(person)).isEmpty();
		assertThat(organisations.membershipsOf(person)).isEmpty();
		mvc.perform(post("/login").with(csrf()).param("username", username).param("password", SignIn.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/login"));
		// The session on the other device ended with the account.
		mvc.perform(get("/account").cookie(otherDevice)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aDeletionThatFailsPartWayIsUndoneAndRetriedUntilComplete() {
		var person = identities.register(new NewPerson("Ria", "Retry", null, null)).id();
		var company = organisations.list("Konepaja Kallio", OrganisationType.COMPANY, 0, 1).items().get(0).id();
		organisations.addMember(company, person, Role.EMPLOYEE);
		competence.start(person);
		var failures = new java.util.concurrent.atomic.AtomicInteger(1);
		// Forgets last (holders forget in reverse order), after every real module.
		PersonalDataHolder failingOnce = new PersonalDataHolder() {
			@Override
			public java.util.Map<String, @org.jspecify.annotations.Nullable Object> export(
					fi.osaamo.identity.PersonId who) {
				return java.util.Map.of();
			}

			@Override
			public void forget(fi.osaamo.identity.PersonId who) {
				if (failures.getAndDecrement() > 0) {
					throw new IllegalStateException("the database went away");
				}
			}
		};
		var holders = new java.util.ArrayList<PersonalDataHolder>();
		holders.add(failingOnce);
		holders.addAll(this.holders);
		var deletions = new AccountDeletions(holders, identities, jdbc, transactions);

		assertThat(deletions.delete(person)).isFalse();
		// Nothing of the person went: the modules' parts are one transaction.
		assertThat(organisations.membershipsOf(person)).hasSize(1);
		assertThat(competence.mapping(person)).isPresent();
		assertThat(identities.find(person)).isPresent();
		assertThat(pendingAttempts(person)).isEqualTo(1);

		// Not due yet: retried after a pause.
		deletions.retryDue();
		assertThat(identities.find(person)).isPresent();
		jdbc.sql("update privacy.deletion set next_attempt_at = now() where person_id = :person")
			.param("person", person.value())
			.update();
		deletions.retryDue();

		assertThat(identities.find(person)).isEmpty();
		assertThat(organisations.membershipsOf(person)).isEmpty();
		assertThat(competence.mapping(person)).isEmpty();
		assertThat(pendingAttempts(person)).isNull();
	}

	private @org.jspecify.annotations.Nullable Integer pendingAttempts(fi.osaamo.identity.PersonId person) {
		return jdbc.sql("select attempts from privacy.deletion where person_id = :person")
			.param("person", person.value())
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

}
