package fi.osaamo.competence;

import java.time.YearMonth;
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
	CompetenceOverviews overviews;

	@Autowired
	IdentityManagement identities;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theOverviewCountsOnlyThoseWhoShareTheirSkillsRoundedAndReleasedForTheMonth() throws Exception {
		var suffix = String.valueOf(System.nanoTime());
		var company = fi.osaamo.TestCompanies.create(organisations, "Overview Oy " + suffix);
		var hr = "overview-hr-" + suffix;
		organisations.addMember(company, account(hr), Role.HR);
		var people = new ArrayList<PersonId>();
		for (int i = 0; i < 13; i++) {
			var person = account("overview-" + i + "-" + suffix);
			organisations.addMember(company, person, Role.EMPLOYEE);
			competence.start(person);
			// Eleven at level 3 and two at level 5 in welding; everyone also has first
			// aid at level 1.
			competence.replace(person, List.of(
					new SkillClaim(CompetenceIntegrationTests.WELDING, i < 11 ? 3 : 5, Provenance.WORK, null, null,
							false),
					new SkillClaim(CompetenceIntegrationTests.FIRST_AID, 1, Provenance.OTHER, null, null, false)),
					List.of(), null, 0);
			people.add(person);
		}
		var month = YearMonth.now();
		// Nobody shares yet: no table at all.
		assertThat(overviews.compute(company, month).enough()).isFalse();
		assertThat(overviews.compute(company, month).rows()).isEmpty();

		for (int i = 0; i < 12; i++) {
			sharing.share(people.get(i), company, EnumSet.of(Section.SKILLS), null);
		}
		// One shares only strengths: not counted.
		sharing.share(people.get(12), company, EnumSet.of(Section.STRENGTHS), null);
		var overview = overviews.compute(company, month);
		assertThat(overview.enough()).isTrue();
		// Twelve people (11 + 1 at level 5), every count rounded to a neighbouring
		// multiple of five; none is withheld, so no withheld cell can be worked out.
		assertRounded(overview.people(), 12);
		var welding = row(overview, CompetenceIntegrationTests.WELDING);
		assertRounded(welding.total(), 12);
		assertRounded(welding.levels().get(2), 11);
		assertRounded(welding.levels().get(4), 1);
		assertThat(welding.levels()).doesNotContainNull();
		assertThat(List.of(welding.levels().get(0), welding.levels().get(1), welding.levels().get(3))).containsOnly(0);
		// The same people give the same figures every time.
		assertThat(overviews.compute(company, month)).isEqualTo(overview);

		// The month's release stays as released: whoever stops sharing afterwards, HR
		// sees exactly the same figures until the next month.
		var hrPerson = identities.findByUsername(hr).orElseThrow().id();
		var released = overviews.forHr(company, hrPerson);
		assertThat(released).isEqualTo(overview);
		sharing.share(people.get(11), company, EnumSet.noneOf(Section.class), null);
		jdbc.sql("update competence.grant set expires_on = current_date - 1 where person_id = :person")
			.param("person", people.get(10).value())
			.update();
		assertThat(overviews.forHr(company, hrPerson)).isEqualTo(released);
		// The next release counts ten people.
		assertRounded(overviews.compute(company, month.plusMonths(1)).people(), 10);

		mvc.perform(get("/competence/shared/overview").param("organisation", company.toString())
			.cookie(SignIn.as(mvc, hr))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("welding techniques")))
			.andExpect(content().string(containsString("About " + released.people() + " people share")))
			.andExpect(content().string(containsString("rounded at random to a multiple of five")));
		// HR of another company and the employees themselves get nothing.
		mvc.perform(get("/competence/shared/overview").param("organisation", company.toString())
			.cookie(SignIn.as(mvc, "demo-hr"))).andExpect(status().isNotFound());
		mvc.perform(get("/competence/shared/overview").param("organisation", company.toString())
			.cookie(SignIn.as(mvc, "overview-0-" + suffix))).andExpect(status().isNotFound());
	}

	private static void assertRounded(int published, int exact) {
		assertThat(published % 5).isZero();
		assertThat(Math.abs(published - exact)).isLessThan(5);
	}

	private static CompetenceOverview.Row row(CompetenceOverview overview, String skill) {
		return overview.rows().stream().filter(row -> row.skillUri().equals(skill)).findFirst().orElseThrow();
	}

	private PersonId account(String username) {
		var person = identities.register(new NewPerson("Olli", "Overview", null, null)).id();
		identities.createLocalAccount(person, username, passwords.encode(SignIn.PASSWORD));
		return person;
	}

}
