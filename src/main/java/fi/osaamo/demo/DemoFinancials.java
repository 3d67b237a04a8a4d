package fi.osaamo.demo;

import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import fi.osaamo.companies.CompanyRef;
import fi.osaamo.companies.CompanyRegister;
import fi.osaamo.companies.FinancialRecords;
import fi.osaamo.companies.NewFinancials;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * Made-up key figures the growth team records for the demo companies' years the trade
 * register has no statement of, said to be so in their source.
 */
@Component
class DemoFinancials {

	private final FinancialRecords financials;

	private final CompanyRegister registry;

	DemoFinancials(FinancialRecords financials, CompanyRegister registry) {
		this.financials = financials;
		this.registry = registry;
	}

	/** The figures of the last three fiscal years the register has no statement of. */
	void figures(OrganisationId city, CompanyRef company, PersonId actor, Random random, int thisYear) {
		var figures = new YearFigures(500_000L + random.nextInt(7_500_000), 5 + random.nextInt(55));
		var filed = filedYears(company);
		for (int year = thisYear - 3; year < thisYear; year++) {
			var margin = -0.05 + random.nextDouble() * 0.17;
			if (!filed.contains(year)) {
				financials.record(city, company, figures.of(year, margin), actor);
				figures = figures.next(random);
			}
		}
	}

	/**
	 * The years the register has a statement of: the team records only what the register
	 * does not have, since a figure of its own beside a filed statement would contradict
	 * it.
	 */
	private Set<Integer> filedYears(CompanyRef company) {
		return registry.financialStatements(company.businessId())
			.stream()
			.map(statement -> statement.periodEnd().getYear())
			.collect(Collectors.toSet());
	}

	/** A year's revenue and personnel, and the draws that lead to the next year's. */
	private record YearFigures(long revenue, int personnel) {

		NewFinancials of(int year, double margin) {
			return new NewFinancials(year, revenue, Math.round(revenue * margin), personnel,
					"Tilinpäätös " + year + " (demoaineisto, keksityt luvut)");
		}

		YearFigures next(Random random) {
			var next = Math.round(revenue * (0.9 + random.nextDouble() * 0.3));
			return new YearFigures(next, Math.max(1, personnel + random.nextInt(7) - 2));
		}

	}

}
