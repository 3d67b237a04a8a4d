package fi.osaamo.dashboard;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.TestCompanies;
import fi.osaamo.TestUsers;
import fi.osaamo.competence.CityOptIns;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.Provenance;
import fi.osaamo.competence.Section;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonSummary;
import fi.osaamo.jobs.Importance;
import fi.osaamo.jobs.JobDraft;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobStatus;
import fi.osaamo.jobs.RequiredSkill;
import fi.osaamo.opendata.OpenDataFixtures;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Open jobs for the growth team: interested talents only within their permissions, and
 * the best candidates only among talents visible to the team's city, each explained.
 */
@IntegrationTest
class JobsIntegrationTests {

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
	CityOptIns talents;

	@Autowired
	JobManagement jobs;

	@Test
	void interestedTalentsAndCandidatesAreOnlyThoseVisibleToTheCity() throws Exception {
		var users = new TestUsers(identities, organisations, passwords);
		var city = users.city("Työla");
		var team = users.signIn(mvc, city, Role.GROWTH_TEAM);
		var company = TestCompanies.create(organisations, "Työpaikkatesti Oy");
		var hr = identities.register(new NewPerson("H", "R", null, null)).id();
		organisations.addMember(company, hr, Role.HR);
		var title = "Hitsaaja " + UUID.randomUUID().toString().substring(0, 6);
		var task = jobs.create(hr, company, new JobDraft(title, null, null, "Vantaa", null, null, null, JobStatus.OPEN,
				List.of(new RequiredSkill(WELDING, 3, Importance.MUST, 1.0))));
		var interested = talent("Kiinnostunut", 4, city, company);
		var hiddenInterested = talent("Piilossa", 5, null, company);
		var candidate = talent("Ehdokas", 2, city, null);
		var invisible = talent("Näkymätön", 5, null, null);
		jobs.expressInterest(interested.id(), task.id());
		jobs.expressInterest(hiddenInterested.id(), task.id());

		var list = html(get("/dashboard/jobs").cookie(team).header("Accept-Language", "en").param("q", title));
		assertThat(list).contains(title, "Työpaikkatesti Oy", "1 open job");
		assertThat(html(get("/dashboard/jobs").cookie(team).param("q", title).param("source", "IMPORTED")))
			.contains("id=\"no-jobs\"")
			.doesNotContain("Työpaikkatesti Oy");

		var page = html(get("/dashboard/jobs/" + task.id().value()).cookie(team).header("Accept-Language", "en"));
		var interestedSection = page.substring(page.indexOf("interested-heading"), page.indexOf("candidates-heading"));
		assertThat(interestedSection).contains(interested.pseudonym())
			.doesNotContain(hiddenInterested.pseudonym(), candidate.pseudonym())
			.contains("1 other people expressed interest but are not visible");
		var candidatesSection = page.substring(page.indexOf("candidates-heading"));
		assertThat(candidatesSection).contains(interested.pseudonym(), candidate.pseudonym())
			.doesNotContain(invisible.pseudonym(), hiddenInterested.pseudonym());
		assertThat(candidatesSection.indexOf(interested.pseudonym()))
			.isLessThan(candidatesSection.indexOf(candidate.pseudonym()));
		assertThat(candidatesSection).contains("class=\"meta\"", "a person decides");

		mvc.perform(get("/dashboard/jobs/" + UUID.randomUUID()).cookie(team)).andExpect(status().isNotFound());
		mvc.perform(get("/dashboard/jobs").cookie(SignIn.as(mvc, "demo-hr"))).andExpect(status().isForbidden());
	}

	@Autowired
	fi.osaamo.opendata.imports.SourceSettingsRepository settings;

	@Autowired
	fi.osaamo.opendata.imports.ImportRunner runner;

	@Autowired
	fi.osaamo.taxonomy.TaxonomyManagement taxonomy;

	@Test
	void theJobPageShowsWhatTheTaskAsksForWhoPostedItAndLinksTheEmployer() throws Exception {
		var users = new TestUsers(identities, organisations, passwords);
		var team = users.signIn(mvc, users.city("Sivula"), Role.GROWTH_TEAM);
		var businessId = register("Sivutesti Oy");
		var company = organisations
			.create(new fi.osaamo.organisation.NewOrganisation(fi.osaamo.organisation.OrganisationType.COMPANY,
					"Sivutesti Oy", new fi.osaamo.organisation.BusinessId(businessId), "091", "25"))
			.id();
		var hr = identities
			.register(new NewPerson("Helena", "Hakala", "helena.hakala@sivutesti.example", "+358 40 123 4567"))
			.id();
		organisations.addMember(company, hr, Role.HR);
		var start = java.time.LocalDate.of(2031, 3, 14);
		var task = jobs.create(hr, company,
				new JobDraft("Sivuhitsaaja", null, null, "Kalasatama", "091", null, start.minusDays(20), start,
						JobStatus.OPEN, List.of(new RequiredSkill(WELDING, 3, Importance.MUST, 1.0))));

		// A task without a place of its own is listed in its municipality.
		var placeless = "Paikaton hitsaaja " + UUID.randomUUID().toString().substring(0, 6);
		jobs.create(hr, company,
				new JobDraft(placeless, null, null, null, "091", null, null, null, JobStatus.OPEN, List.of()));
		assertThat(html(get("/dashboard/jobs").cookie(team)
			.header("Accept-Language", "sv")
			.param("q", placeless)
			.param("source", "OSAAMO"))).contains("<td>Helsingfors</td>");

		var page = html(get("/dashboard/jobs/" + task.id().value()).cookie(team).header("Accept-Language", "sv"));
		var welding = taxonomy.byUri(WELDING, fi.osaamo.platform.Language.SV).orElseThrow().label().text();
		var skills = page.substring(page.indexOf("id=\"required-skills\""), page.indexOf("poster-heading"));
		assertThat(skills).contains(welding, "3 – Självständig", "Nödvändig");
		assertThat(page).contains("id=\"start-date\">"
				+ java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
					.withLocale(java.util.Locale.forLanguageTag("sv"))
					.format(start)
				+ "<", "Helsingfors", "Kalasatama");
		assertThat(page).contains("href=\"/dashboard/companies/" + businessId + "\"");
		var poster = page.substring(page.indexOf("poster-heading"), page.indexOf("interested-heading"));
		assertThat(poster).contains("Helena Hakala", "mailto:helena.hakala@sivutesti.example", "+358 40 123 4567");
		// The poster sees who looked at their contact details, and why.
		assertThat(identities.accessLog(hr, 5)).anySatisfy(entry -> assertThat(entry.purpose()).contains("poster"));

		// Someone who no longer is the company's HR specialist is not its contact.
		organisations.removeMember(company, hr, Role.HR, hr);
		var after = html(get("/dashboard/jobs/" + task.id().value()).cookie(team).header("Accept-Language", "en"));
		assertThat(after).contains("id=\"no-poster\"").doesNotContain("helena.hakala@sivutesti.example");

		// On the company's page the task's title leads to the job page.
		assertThat(html(get("/dashboard/companies/" + businessId).cookie(team)))
			.contains("href=\"/dashboard/jobs/" + task.id().value() + "\"");
	}

	@Test
	void importedAdsAndOwnTasksLinkTheirEmployerByBusinessId() throws Exception {
		var users = new TestUsers(identities, organisations, passwords);
		var team = users.signIn(mvc, users.city("Linkkilä"), Role.GROWTH_TEAM);
		var businessId = register("Linkkitesti Oy");
		var unregistered = TestCompanies.businessId().value();
		var title = "Linkkiasentaja " + UUID.randomUUID().toString().substring(0, 6);
		OpenDataFixtures.region(settings, "jobposting-feed", Set.of("091"));
		var feed = java.nio.file.Files.createTempFile("feed", ".jsonld");
		java.nio.file.Files.writeString(feed,
				"""
						{"@context": "https://schema.org", "@graph": [%s, %s]}""".formatted(
						ad("linkki-1-" + title, title + " A", "Linkkitesti Oy", businessId),
						ad("linkki-2-" + title, title + " B", "Rekisteröimätön Oy", unregistered)));
		runner.runNow("jobposting-feed", fi.osaamo.opendata.imports.ImportRun.Trigger.UPLOAD, feed).orElseThrow();

		var list = html(get("/dashboard/jobs").cookie(team).param("q", title).param("source", "IMPORTED"));
		assertThat(list)
			.contains("<a href=\"/dashboard/companies/" + businessId + "\">Linkkitesti Oy</a>", "Rekisteröimätön Oy")
			.doesNotContain("/dashboard/companies/" + unregistered);
		assertThat(html(get("/dashboard/companies/" + businessId).cookie(team))).contains(title + " A")
			.doesNotContain(title + " B");
	}

	private String register(String name) throws Exception {
		var businessId = TestCompanies.businessId().value();
		OpenDataFixtures.region(settings, "prh-companies", Set.of("091"));
		var file = java.nio.file.Files.createTempFile("companies", ".json");
		java.nio.file.Files.writeString(file,
				OpenDataFixtures.companies(List.of(OpenDataFixtures.company(businessId, name, "091", "HELSINKI")), 1));
		runner.runNow("prh-companies", fi.osaamo.opendata.imports.ImportRun.Trigger.UPLOAD, file).orElseThrow();
		return businessId;
	}

	private static String ad(String id, String title, String employer, String businessId) {
		return """
				{"@type": "JobPosting", "identifier": "%s", "title": "%s", "validThrough": "2099-12-31",
				 "hiringOrganization": {"@type": "Organization", "name": "%s",
				   "identifier": {"@type": "PropertyValue", "propertyID": "FI:Y-tunnus", "value": "%s"}},
				 "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress",
				   "addressLocality": "Helsinki", "addressCountry": "FI"}}}""".formatted(id, title, employer,
				businessId);
	}

	private PersonSummary talent(String name, int level, OrganisationId city, OrganisationId employer) {
		var person = identities.register(new NewPerson("Talentti", name, null, null));
		competence.replace(person.id(), List.of(new SkillClaim(WELDING, level, Provenance.WORK, null, null, false)),
				List.of(), null, 0);
		if (employer != null) {
			organisations.addMember(employer, person.id(), Role.EMPLOYEE);
		}
		if (city != null) {
			talents.open(person.id(), city, Set.of(Section.SKILLS), null, fi.osaamo.competence.TalentProfile.UNTOLD);
		}
		return person;
	}

	private String html(RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
