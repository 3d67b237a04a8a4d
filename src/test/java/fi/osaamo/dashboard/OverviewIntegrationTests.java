package fi.osaamo.dashboard;

import fi.osaamo.IntegrationTest;
import fi.osaamo.TestCompanies;
import fi.osaamo.TestUsers;
import fi.osaamo.companies.CompanyRef;
import fi.osaamo.companies.NeedKind;
import fi.osaamo.companies.NeedManagement;
import fi.osaamo.companies.NewNeed;
import fi.osaamo.companies.Urgency;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The team's needs over time: counted by industry section and kind, only the team's own.
 */
@IntegrationTest
class OverviewIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	NeedManagement needs;

	@Autowired
	fi.osaamo.companies.NeedReports reports;

	@Test
	void needsAreCountedByIndustrySectionAndKindForTheTeamOnly() throws Exception {
		var users = new TestUsers(identities, organisations, passwords);
		var city = users.city("Tarvela");
		var other = users.city("Muutarvela");
		var member = users.signIn(mvc, city, Role.GROWTH_TEAM);
		var actor = identities.register(new NewPerson("A", "B", null, null)).id();
		var metal = new CompanyRef(TestCompanies.businessId().value(), "Metalli Oy", "25110");
		var software = new CompanyRef(TestCompanies.businessId().value(), "Ohjelmisto Oy", "62010");
		needs.chart(city, metal, new NewNeed(NeedKind.WORKFORCE, "Hitsaajia", Urgency.HIGH), actor);
		needs.chart(city, metal, new NewNeed(NeedKind.COMPETENCE, "Robotiikkaa", Urgency.LOW), actor);
		needs.chart(city, software, new NewNeed(NeedKind.TECHNOLOGY, "Pilvi", Urgency.MEDIUM), actor);
		needs.chart(other, software, new NewNeed(NeedKind.TECHNOLOGY, "Toisen tiimin", Urgency.MEDIUM), actor);

		var html = mvc.perform(get("/dashboard/overview").cookie(member).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("The 3 needs your team charted");
		var table = html.substring(html.indexOf("needs-by-industry"));
		assertThat(table.indexOf(">C ")).isGreaterThan(0).isLessThan(table.indexOf(">J "));
		assertThat(html).contains("value=\"2\"", "value=\"1\"");
		// This month's bar is the tallest of the trend, and says how many it stands for.
		var month = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Helsinki"));
		var trend = html.substring(html.indexOf("id=\"needs-trend\""), html.indexOf("</svg>"));
		assertThat(trend).contains("height=\"160\" class=\"chart-bar\"><title>"
				+ java.time.format.DateTimeFormatter.ofPattern("LLL yyyy", java.util.Locale.ENGLISH).format(month)
				+ ": 3</title>");
	}

	@Test
	void aNeedFromTheTeamsEarlierRecordsKeepsItsMonthAndNoneIsChartedAhead() throws Exception {
		var users = new TestUsers(identities, organisations, passwords);
		var city = users.city("Aiemmala");
		var member = users.signIn(mvc, city, Role.GROWTH_TEAM);
		var actor = identities.register(new NewPerson("A", "B", null, null)).id();
		var metal = new CompanyRef(TestCompanies.businessId().value(), "Metalli Oy", "25110");
		var earlier = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusMonths(4).withDayOfMonth(10);
		needs.chart(city, metal, new NewNeed(NeedKind.WORKFORCE, "Hitsaajia", Urgency.HIGH), actor, earlier);
		needs.chart(city, metal, new NewNeed(NeedKind.COMPETENCE, "Robotiikkaa", Urgency.LOW), actor);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> needs.chart(city, metal, new NewNeed(NeedKind.COMPETENCE, "Ensi viikolla", Urgency.LOW),
							actor, java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(7)))
			.isInstanceOf(fi.osaamo.platform.InvalidInputException.class);

		assertThat(reports.countsByMonth(city, java.time.YearMonth.from(earlier).minusMonths(1)))
			.extracting(count -> count.month())
			.containsExactly(java.time.YearMonth.from(earlier), java.time.YearMonth.now(java.time.ZoneOffset.UTC));
		var html = mvc.perform(get("/dashboard/overview").cookie(member).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var trend = html.substring(html.indexOf("id=\"needs-trend\""), html.indexOf("</svg>"));
		assertThat(trend).contains(java.time.format.DateTimeFormatter.ofPattern("LLL yyyy", java.util.Locale.ENGLISH)
			.format(java.time.YearMonth.from(earlier)) + ": 1</title>");
	}

}
