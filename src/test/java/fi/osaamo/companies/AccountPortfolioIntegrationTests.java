package fi.osaamo.companies;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.TestCompanies;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.NewOrganisation;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The team's accounts as a list: standings, the companies that meet criteria (a company
 * never contacted is "not contacted in six months" too) and account managers named in
 * bulk, counting only the companies that changed.
 */
@IntegrationTest
class AccountPortfolioIntegrationTests {

	@Autowired
	AccountPortfolio portfolio;

	@Autowired
	AccountManagement accounts;

	@Autowired
	NeedManagement needs;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	@Autowired
	JdbcClient jdbc;

	OrganisationId team;

	PersonId manager;

	CompanyRef recent;

	CompanyRef old;

	CompanyRef untouched;

	@BeforeEach
	void accounts() {
		team = organisations
			.create(new NewOrganisation(OrganisationType.CITY, "Salkkula " + UUID.randomUUID(), null, "092", null))
			.id();
		manager = identities.register(new NewPerson("Salkku", "Vastaava", null, null)).id();
		organisations.addMember(team, manager, Role.GROWTH_TEAM);
		recent = new CompanyRef(TestCompanies.businessId().value(), "Tuore Oy", null);
		old = new CompanyRef(TestCompanies.businessId().value(), "Vanha Oy", null);
		untouched = new CompanyRef(TestCompanies.businessId().value(), "Koskematon Oy", null);
		accounts.logContact(team, recent, contact(LocalDate.now().minusMonths(1)), manager);
		accounts.logContact(team, old, contact(LocalDate.now().minusMonths(9)), manager);
	}

	@Test
	void standingsSayTheLastContactOpenNeedsAndOverdueFollowUps() {
		var need = needs.chart(team, old, new NewNeed(NeedKind.WORKFORCE, "Asentaja", Urgency.HIGH), manager);
		var service = catalogue.add(team, new NewService("Rekry", ServiceKind.RECRUITMENT, "Kaupunki", null, null));
		needs.refer(team, need, service, LocalDate.now(), Language.FI, 0, manager);
		// A follow-up day that has passed: recorded as the referral was made long ago.
		jdbc.sql("update companies.referral set follow_up_on = :day where need_id = :need")
			.param("day", LocalDate.now().minusDays(3))
			.param("need", need)
			.update();

		var standings = portfolio.standings(team,
				List.of(recent.businessId(), old.businessId(), untouched.businessId()));
		assertThat(standings).containsOnlyKeys(recent.businessId(), old.businessId());
		assertThat(standings.get(old.businessId()).lastContact()).isEqualTo(LocalDate.now().minusMonths(9));
		assertThat(standings.get(old.businessId()).openNeeds()).isEqualTo(1);
		assertThat(standings.get(old.businessId()).overdueFollowUps()).isEqualTo(1);
		assertThat(standings.get(recent.businessId()).overdueFollowUps()).isZero();

		var overdue = portfolio.select(team, new AccountCriteria(null, false, null, true, true, null));
		assertThat(overdue.among()).containsExactly(old.businessId());
	}

	@Test
	void notContactedSinceLeavesOutOnlyThoseContactedSince() {
		var selection = portfolio.select(team,
				new AccountCriteria(null, false, LocalDate.now().minusMonths(6), false, false, null));
		assertThat(selection.among()).isNull();
		assertThat(selection.excluding()).containsExactly(recent.businessId());
	}

	@Test
	void aManagerIsNamedInBulkAndOnlyChangesAreCounted() {
		assertThat(portfolio.assignManager(team, List.of(recent, untouched), manager)).isEqualTo(2);
		assertThat(portfolio.assignManager(team, List.of(recent, old, untouched), manager)).isEqualTo(1);
		assertThat(portfolio.select(team, new AccountCriteria(manager, false, null, false, false, null)).among())
			.containsExactlyInAnyOrder(recent.businessId(), old.businessId(), untouched.businessId());
		// A change moves the account's version on, so a page opened before sees that it
		// is
		// stale; naming the same manager again is no change.
		assertThat(accounts.findAccount(team, recent.businessId()).orElseThrow().version()).isEqualTo(1);

		assertThat(portfolio.assignManager(team, List.of(recent, old), null)).isEqualTo(2);
		assertThat(portfolio.select(team, new AccountCriteria(null, true, null, false, false, null)).excluding())
			.containsExactly(untouched.businessId());

		var outsider = identities.register(new NewPerson("Ulko", "Puolinen", null, null)).id();
		assertThatThrownBy(() -> portfolio.assignManager(team, List.of(recent), outsider))
			.isInstanceOf(InvalidInputException.class);
	}

	private static NewContact contact(LocalDate day) {
		return new NewContact(day, Channel.MEETING, "Toimitusjohtaja", null, null, false);
	}

}
