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
		assertThat(list).contains(title, "Työpaikkatesti Oy", "1 open jobs");
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
