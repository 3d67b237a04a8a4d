package fi.osaamo.demo;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.stream.Collectors;

import fi.osaamo.IntegrationTest;
import fi.osaamo.companies.FinancialRecords;
import fi.osaamo.companies.NeedCount;
import fi.osaamo.companies.NeedReports;
import fi.osaamo.companies.CompanyRegister;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo region as the growth team first sees it: a year of needs to draw a trend from,
 * and key figures that add to the trade register's rather than contradict them.
 */
@IntegrationTest
class DemoRegionIntegrationTests {

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	NeedReports reports;

	@Autowired
	FinancialRecords financials;

	@Autowired
	CompanyRegister registry;

	@Test
	void theTeamsNeedsAreSpreadOverThePastYear() {
		var city = organisations.list(DemoRegion.CITY, OrganisationType.CITY, 0, 1).items().get(0).id();
		var months = reports.countsByMonth(city, YearMonth.now(ZoneOffset.UTC).minusMonths(11))
			.stream()
			.map(NeedCount::month)
			.collect(Collectors.toSet());
		assertThat(months).hasSizeGreaterThanOrEqualTo(6);
	}

	@Test
	void theTeamRecordsOnlyYearsTheRegisterHasNoStatementOf() {
		var city = organisations.list(DemoRegion.CITY, OrganisationType.CITY, 0, 1).items().get(0).id();
		var both = 0;
		for (var company : organisations.list("", OrganisationType.COMPANY, 0, 500).items()) {
			if (company.businessId() == null) {
				continue;
			}
			var filed = new HashSet<Integer>();
			registry.financialStatements(company.businessId().value())
				.forEach(statement -> filed.add(statement.periodEnd().getYear()));
			var recorded = financials.financials(city, company.businessId().value())
				.stream()
				.map(year -> year.fiscalYear())
				.toList();
			assertThat(recorded).as(company.name()).noneMatch(filed::contains);
			if (!filed.isEmpty() && !recorded.isEmpty()) {
				both++;
			}
		}
		// Some companies show both sources side by side.
		assertThat(both).isPositive();
	}

}
