package fi.osaamo.competence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CompetenceOverviewIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CompetenceManagement competence;

	@Autowired
	SharingManagement sharing;

	@Autowired
	IdentityManagement identities;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theOverviewCountsOnlyThoseWhoShareTheirSkillsAndHidesSmallCounts() throws Exception {
		var suffix = String.valueOf(System.nanoTime());
		var company = fi.osaamo.TestCompanies.create(organisations, "Overview Oy " + suffix);
		var hr = "overview-hr-" + suffix;
		organisations.addMember(company, account(hr), Role.HR);
		var people = new ArrayList<PersonId>();
		for (int i = 0; i < 8; i++) {
			var person = account("overview-" + i + "-" + suffix);
			organisations.addMember(company, person, Role.EMPLOYEE);
			competence.start(person);
			// Six at level 3 and two at level 5 in welding; everyone also has first aid
			// at
			// level 1.
			competence.replace(person, List.of(
					new SkillClaim(CompetenceIntegrationTests.WELDING, i < 6 ? 3 : 5, Provenance.WORK, null, null,
							false),
					new SkillClaim(CompetenceIntegrationTests.FIRST_AID, 1, Provenance.OTHER, null, null, false)),
					List.of(), null, 0);
			people.add(person);
		}
		var hrPerson = identities.findByUsername(hr).orElseThrow().id();
		// Nobody shares yet: nothing is counted.
		assertThat(sharing.overview(company, hrPerson).rows()).isEmpty();

		for (int i = 0; i < 7; i++) {
			sharing.share(people.get(i), company, EnumSet.of(Section.SKILLS), null);
		}
		// One shares only strengths: not counted.
		sharing.share(people.get(7), company, EnumSet.of(Section.STRENGTHS), null);
		var overview = sharing.overview(company, hrPerson);
		assertThat(overview.people()).isEqualTo(7);
		var welding = overview.rows()
			.stream()
			.filter(row -> row.skillUri().equals(CompetenceIntegrationTests.WELDING))
			.findFirst()
			.orElseThrow();
		assertThat(welding.total()).isEqualTo(7);
		// Level 3 has 6 people, level 5 only one: hidden, and a second cell with it.
		assertThat(welding.levels().get(2)).isEqualTo(6);
		assertThat(welding.levels().get(4)).isNull();
		assertThat(welding.levels().stream().filter(java.util.Objects::isNull)).hasSize(2);

		// A grant that has expired no longer counts.
		jdbc.sql("update competence.grant set expires_on = current_date - 1 where person_id = :person")
			.param("person", people.get(6).value())
			.update();
		assertThat(sharing.overview(company, hrPerson).people()).isEqualTo(6);

		mvc.perform(get("/competence/shared/overview").param("organisation", company.toString())
			.cookie(SignIn.as(mvc, hr))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("welding techniques")))
			.andExpect(content().string(containsString("6 people share their skills")));
		// HR of another company and the employees themselves get nothing.
		mvc.perform(get("/competence/shared/overview").param("organisation", company.toString())
			.cookie(SignIn.as(mvc, "demo-hr"))).andExpect(status().isNotFound());
		mvc.perform(get("/competence/shared/overview").param("organisation", company.toString())
			.cookie(SignIn.as(mvc, "overview-0-" + suffix))).andExpect(status().isNotFound());
	}

	private PersonId account(String username) {
		var person = identities.register(new NewPerson("Olli", "Overview", null, null)).id();
		identities.createLocalAccount(person, username, passwords.encode(SignIn.PASSWORD));
		return person;
	}

}
