package fi.osaamo.companies;

import java.time.LocalDate;
import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.TestCompanies;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.organisation.NewOrganisation;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A company's figures year by year, from the statements it filed to the trade register
 * and from what the team recorded: one query decides each year's figures of record.
 */
@IntegrationTest
class FinancialYearsIntegrationTests {

	@Autowired
	FinancialRecords financials;

	@Autowired
	RegisterUpdates register;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	@Test
	void theRegistersLatestStatementOfAYearIsOfRecordAndTheTeamsFiguresFillTheOtherYears() {
		var team = organisations
			.create(new NewOrganisation(OrganisationType.CITY, "Tilivuosi " + UUID.randomUUID(), null, "092", null))
			.id();
		var member = identities.register(new NewPerson("Testi", "Jäsen", null, null)).id();
		organisations.addMember(team, member, Role.GROWTH_TEAM);
		var company = new CompanyRef(TestCompanies.businessId().value(), "Tilivuosi Oy", "25110");
		financials.record(team, company, new NewFinancials(2023, 900_000L, 10_000L, 8, "Tilinpäätös"), member);
		financials.record(team, company, new NewFinancials(2024, 1_000_000L, 50_000L, 9, "Puhelu"), member);
		// Two statements end in 2024 (a short period after a change of fiscal year): the
		// later one counts.
		register.file(new FinancialStatement(company.businessId(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30),
				700_000L, 1_000L, null, null, null), null);
		register.file(new FinancialStatement(company.businessId(), LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31),
				2_000_000L, -100_000L, -80_000L, 700_000L, LocalDate.of(2025, 4, 15)), "fi-gaap");
		register.file(new FinancialStatement(company.businessId(), null, LocalDate.of(2022, 6, 30), 500_000L, null,
				null, null, null), null);

		var years = financials.yearByYear(team, company.businessId());

		assertThat(years)
			.extracting(FinancialYear::fiscalYear, FinancialYear::periodEnd, FinancialYear::filed,
					FinancialYear::ofRecord)
			.containsExactly(tuple(2022, LocalDate.of(2022, 6, 30), true, true),
					tuple(2023, LocalDate.of(2023, 12, 31), false, true),
					tuple(2024, LocalDate.of(2024, 6, 30), true, false),
					tuple(2024, LocalDate.of(2024, 12, 31), true, true),
					tuple(2024, LocalDate.of(2024, 12, 31), false, false));
		assertThat(years.get(3).revenue()).isEqualTo(2_000_000L);
		assertThat(years.get(3).personnelExpenses()).isEqualTo(700_000L);
		assertThat(years.get(1).recorded()).isNotNull();
		assertThat(years.get(1).recorded().source()).isEqualTo("Tilinpäätös");
		assertThat(years.get(1).personnel()).isEqualTo(8);
		// Another team sees the register's statements, not this team's figures.
		var other = organisations
			.create(new NewOrganisation(OrganisationType.CITY, "Toinen " + UUID.randomUUID(), null, "092", null))
			.id();
		assertThat(financials.yearByYear(other, company.businessId())).extracting(FinancialYear::filed)
			.containsOnly(true);
	}

	@Test
	void everyProblemOfTheFiguresIsReportedAtOnce() {
		var team = organisations
			.create(new NewOrganisation(OrganisationType.CITY, "Virheet " + UUID.randomUUID(), null, "092", null))
			.id();
		var member = identities.register(new NewPerson("Testi", "Jäsen", null, null)).id();
		organisations.addMember(team, member, Role.GROWTH_TEAM);
		var company = new CompanyRef(TestCompanies.businessId().value(), "Virheet Oy", "25110");

		assertThatThrownBy(() -> financials.record(team, company,
				new NewFinancials(1980, -5L, 2_000_000_000_000L, -1, " "), member))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.all()).extracting(InvalidInputException::field)
						.containsExactly("fiscalYear", "revenue", "operatingProfit", "personnel", "source"));
		assertThat(financials.yearByYear(team, company.businessId())).isEmpty();
	}

}
