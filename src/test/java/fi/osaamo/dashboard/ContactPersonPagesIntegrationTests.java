package fi.osaamo.dashboard;

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
import fi.osaamo.companies.ContactPerson;
import fi.osaamo.companies.ContactPersons;
import fi.osaamo.companies.NeedKind;
import fi.osaamo.companies.NeedManagement;
import fi.osaamo.companies.NewContact;
import fi.osaamo.companies.NewNeed;
import fi.osaamo.companies.Urgency;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
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
 * A company's contact persons, and corrections of its contact log and needs, over HTTP:
 * refused forms keep what was typed and show every problem beside its field, a save says
 * what it did, and another team's or role's user reaches nothing.
 */
@IntegrationTest
class ContactPersonPagesIntegrationTests {

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
	ContactPersons persons;

	@Autowired
	AccountManagement accounts;

	@Autowired
	NeedManagement needs;

	String businessId;

	String page;

	OrganisationId team;

	Cookie member;

	TestUsers users;

	@BeforeEach
	void company() throws Exception {
		var company = OpenDataFixtures.company("Yhteyshenkilötestin Konepaja Oy", "092", "VANTAA");
		businessId = company.get("businessId").get("value").asString();
		page = "/dashboard/companies/" + businessId;
		OpenDataFixtures.region(settings, "prh-companies", Set.of("092"));
		var file = Files.createTempFile("companies", ".json");
		Files.writeString(file, OpenDataFixtures.companies(List.of(company), 1));
		runner.runNow("prh-companies", ImportRun.Trigger.UPLOAD, file).orElseThrow();
		users = new TestUsers(identities, organisations, passwords);
		team = users.city("Henkilölä");
		member = users.signIn(mvc, team, Role.GROWTH_TEAM);
	}

	@Test
	void aPersonIsAddedEditedAndRemovedWithAMessageAfterEachSave() throws Exception {
		assertThat(html(get(page + "/persons/new").cookie(member).header("Accept-Language", "en")))
			.contains("New contact person at Yhteyshenkilötestin Konepaja Oy", "value=\"" + LocalDate.now() + "\"");
		mvc.perform(post(page + "/persons").cookie(member)
			.with(csrf())
			.param("name", "Laura Laine")
			.param("role", "Henkilöstöpäällikkö")
			.param("phone", "040 123 4567")
			.param("email", "laura.laine@konepaja.fi")
			.param("teamContact", "true")
			.param("consentedOn", LocalDate.now().toString())
			.param("source", "WEBSITE"))
			.andExpect(redirectedUrl(page + "#contact-persons"))
			.andExpect(flash().attribute("osaamo.notice",
					new Notice("dashboard.persons.notice.added", new String[] { "Laura Laine" })));
		var person = persons.persons(team, businessId).get(0);
		assertThat(html(get(page).cookie(member).header("Accept-Language", "en"))).contains("Laura Laine",
				"Henkilöstöpäällikkö", "href=\"tel:+358401234567\"", "+358 40 1234567",
				"mailto:laura.laine@konepaja.fi", "Agreed to contact by the growth team on", "source: The company",
				"id=\"edit-person-" + person.id());

		assertThat(html(get(page + "/persons/" + person.id() + "/edit").cookie(member)))
			.contains("value=\"Laura Laine\"", "value=\"+358 40 1234567\"", "name=\"version\" value=\"0\"");
		mvc.perform(post(page + "/persons/" + person.id()).cookie(member)
			.with(csrf())
			.param("version", "0")
			.param("name", "Laura Laine-Berg")
			.param("phone", "+358401234567")
			.param("source", "TEAM"))
			.andExpect(redirectedUrl(page + "#contact-persons"))
			.andExpect(flash().attribute("osaamo.notice",
					new Notice("dashboard.persons.notice.saved", new String[] { "Laura Laine-Berg" })));
		assertThat(persons.persons(team, businessId)).extracting(ContactPerson::name)
			.containsExactly("Laura Laine-Berg");

		// A save with the version seen before is refused, with what was typed kept.
		assertThat(html(post(page + "/persons/" + person.id()).cookie(member)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("version", "0")
			.param("name", "Vanha Nimi")
			.param("source", "TEAM"))).contains("Someone else changed this in the meantime.", "value=\"Vanha Nimi\"");

		assertThat(html(post(page + "/persons/" + person.id() + "/remove").cookie(member)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("version", "1"))).contains("Tick the box to confirm that Laura Laine-Berg is removed.");
		mvc.perform(post(page + "/persons/" + person.id() + "/remove").cookie(member)
			.with(csrf())
			.param("version", "1")
			.param("confirm", "true")).andExpect(redirectedUrl(page + "#contact-persons"));
		assertThat(persons.persons(team, businessId)).isEmpty();
	}

	@Test
	void aRefusedFormShowsEveryProblemBesideItsFieldWithTheInputKept() throws Exception {
		var html = html(post(page + "/persons").cookie(member)
			.with(csrf())
			.header("Accept-Language", "fi")
			.param("name", "")
			.param("phone", "12")
			.param("email", "laura@")
			.param("botOutreach", "true")
			.param("consentedOn", "")
			.param("source", "TEAM"));
		assertThat(html).contains("id=\"error-summary\"", "Lomakkeessa on 4 virhettä", "href=\"#name\"",
				"id=\"name-error\"", "id=\"phone-error\"", "id=\"email-error\"", "id=\"consentedOn-error\"",
				"Anna olemassa oleva puhelinnumero", "value=\"12\"", "value=\"laura@\"",
				"aria-describedby=\"phone-hint phone-error\"", "aria-invalid=\"true\"");
		assertThat(html).containsPattern("id=\"botOutreach\"[^>]*checked");
		assertThat(persons.persons(team, businessId)).isEmpty();
	}

	@Test
	void contactsAndNeedsAreCorrectedOnTheirOwnPages() throws Exception {
		var actor = identities.register(new NewPerson("Kirjaaja", "Tiimistä", null, null)).id();
		organisations.addMember(team, actor, Role.GROWTH_TEAM);
		var ref = new CompanyRef(businessId, "Yhteyshenkilötestin Konepaja Oy", null);
		accounts.logContact(team, ref, new NewContact(LocalDate.now().minusDays(5), Channel.PHONE, "Toimitusjohtaja",
				"Soitettiin", "rekry", false), actor);
		var needId = needs.chart(team, ref, new NewNeed(NeedKind.WORKFORCE, "Kaksi asentajaa", Urgency.LOW), actor);
		var contact = accounts.contacts(team, businessId, actor).get(0);

		assertThat(html(get(page).cookie(member))).contains("id=\"edit-contact-" + contact.id(),
				"id=\"edit-need-" + needId);
		assertThat(html(get(page + "/contacts/" + contact.id() + "/edit").cookie(member)))
			.contains("value=\"Toimitusjohtaja\"", ">Soitettiin</textarea>");
		var refused = html(post(page + "/contacts/" + contact.id()).cookie(member)
			.with(csrf())
			.header("Accept-Language", "sv")
			.param("version", "0")
			.param("occurredOn", LocalDate.now().plusDays(1).toString())
			.param("channel", "MEETING")
			.param("participants", "")
			.param("notes", "Rättat"));
		assertThat(refused).contains("Det finns 2 problem", "id=\"occurredOn-error\"", "id=\"participants-error\"",
				">Rättat</textarea>");
		mvc.perform(post(page + "/contacts/" + contact.id()).cookie(member)
			.with(csrf())
			.param("version", "0")
			.param("occurredOn", LocalDate.now().minusDays(4).toString())
			.param("channel", "MEETING")
			.param("participants", "Toimitusjohtaja Laine")
			.param("notes", "Tavattiin")
			.param("topics", "rekry"))
			.andExpect(redirectedUrl(page + "#contacts"))
			.andExpect(flash().attribute("osaamo.notice",
					new Notice("dashboard.contacts.notice.corrected", new String[0])));
		assertThat(accounts.contacts(team, businessId, actor).get(0).participants()).isEqualTo("Toimitusjohtaja Laine");

		mvc.perform(post(page + "/needs/" + needId).cookie(member)
			.with(csrf())
			.param("version", "0")
			.param("kind", "COMPETENCE")
			.param("urgency", "HIGH")
			.param("description", "Automaatioasentaja")).andExpect(redirectedUrl(page + "#need-" + needId));
		assertThat(needs.findNeed(team, needId).orElseThrow().description()).isEqualTo("Automaatioasentaja");
		assertThat(html(post(page + "/needs/" + needId).cookie(member)
			.with(csrf())
			.header("Accept-Language", "en")
			.param("version", "0")
			.param("kind", "COMPETENCE")
			.param("urgency", "HIGH")
			.param("description", "Myöhästynyt"))).contains("Someone else changed this in the meantime.",
					"Myöhästynyt</textarea>", "name=\"version\" value=\"1\"");
		// The page carries the version it was refused against, so saving again succeeds.
		mvc.perform(post(page + "/needs/" + needId).cookie(member)
			.with(csrf())
			.param("version", "1")
			.param("kind", "COMPETENCE")
			.param("urgency", "HIGH")
			.param("description", "Myöhästynyt")).andExpect(redirectedUrl(page + "#need-" + needId));
	}

	@Test
	void anotherCitysTeamAndOtherRolesReachNothing() throws Exception {
		var id = persons.add(team, new CompanyRef(businessId, "Yhteyshenkilötestin Konepaja Oy", null),
				new fi.osaamo.companies.NewContactPerson("Salainen Henkilö", null, null, null, Set.of(), null,
						fi.osaamo.companies.ContactSource.TEAM),
				identities.register(new NewPerson("A", "B", null, null)).id());
		var other = users.signIn(mvc, users.city("Vierala"), Role.GROWTH_TEAM);
		assertThat(html(get(page).cookie(other))).doesNotContain("Salainen Henkilö");
		mvc.perform(get(page + "/persons/" + id + "/edit").cookie(other)).andExpect(status().isNotFound());
		mvc.perform(post(page + "/persons/" + id).cookie(other)
			.with(csrf())
			.param("version", "0")
			.param("name", "Kaapattu")
			.param("source", "TEAM")).andExpect(status().isNotFound());
		mvc.perform(post(page + "/persons/" + id + "/remove").cookie(other)
			.with(csrf())
			.param("version", "0")
			.param("confirm", "true")).andExpect(status().isNotFound());
		var ref = new CompanyRef(businessId, "Yhteyshenkilötestin Konepaja Oy", null);
		var author = identities.register(new NewPerson("C", "D", null, null)).id();
		accounts.logContact(team, ref, new NewContact(LocalDate.now(), Channel.EVENT, "Messut", null, null, false),
				author);
		var contact = accounts.contacts(team, businessId, author).get(0).id();
		var need = needs.chart(team, ref, new NewNeed(NeedKind.TECHNOLOGY, "Pilvi", Urgency.LOW), author);
		mvc.perform(get(page + "/contacts/" + contact + "/edit").cookie(other)).andExpect(status().isNotFound());
		mvc.perform(post(page + "/contacts/" + contact).cookie(other)
			.with(csrf())
			.param("version", "0")
			.param("occurredOn", LocalDate.now().toString())
			.param("channel", "EVENT")
			.param("participants", "Kaapattu")).andExpect(status().isNotFound());
		mvc.perform(get(page + "/needs/" + need + "/edit").cookie(other)).andExpect(status().isNotFound());
		mvc.perform(post(page + "/needs/" + need).cookie(other)
			.with(csrf())
			.param("version", "0")
			.param("kind", "COMPETENCE")
			.param("urgency", "LOW")
			.param("description", "Kaapattu")).andExpect(status().isNotFound());
		assertThat(needs.findNeed(team, need).orElseThrow().description()).isEqualTo("Pilvi");
		mvc.perform(get(page + "/persons/new").cookie(SignIn.as(mvc, "demo-admin"))).andExpect(status().isForbidden());
		mvc.perform(get(page + "/persons/" + id + "/edit").cookie(SignIn.as(mvc, "demo-hr")))
			.andExpect(status().isForbidden());
		assertThat(persons.persons(team, businessId)).extracting(ContactPerson::name)
			.containsExactly("Salainen Henkilö");
	}

	private String html(RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
