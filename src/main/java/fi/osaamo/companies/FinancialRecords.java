package fi.osaamo.companies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's key figures per fiscal year (revenue, operating profit, personnel) as the
 * team records them from the company's financial statements, each year with its source.
 */
@Service
public class FinancialRecords {

	/** The earliest fiscal year recorded. */
	public static final int FIRST_YEAR = 1990;

	/** The largest amount accepted, in euros (a thousand billion). */
	public static final long MAX_EUROS = 1_000_000_000_000L;

	private final FinancialRepository repository;

	private final FinancialYears years;

	private final AccountManagement accounts;

	private final Clock clock;

	FinancialRecords(FinancialRepository repository, FinancialYears years, AccountManagement accounts, Clock clock) {
		this.repository = repository;
		this.years = years;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The figures the team has recorded for a company.
	 * @param team the team
	 * @param businessId the company
	 * @return one row per fiscal year, oldest first
	 */
	public List<Financials> financials(OrganisationId team, String businessId) {
		return repository.financials(team, businessId);
	}

	/**
	 * A company's figures year by year from both sources: the statements it filed to the
	 * trade register and what the team recorded. Each year has one row of record: the
	 * register's latest statement of the year, or else the team's figures.
	 * @param team the team
	 * @param businessId the company
	 * @return every row, oldest year first, filed statements before the team's figures
	 */
	public List<FinancialYear> yearByYear(OrganisationId team, String businessId) {
		return years.yearByYear(team, businessId);
	}

	/**
	 * Records a fiscal year's figures, replacing what the team had for that year.
	 * @param team the team
	 * @param company the company
	 * @param figures the figures and their source
	 * @param actor who records them
	 */
	@Transactional
	public void record(OrganisationId team, CompanyRef company, NewFinancials figures, PersonId actor) {
		var problems = new FormProblems();
		var year = problems.read(() -> checkedYear(figures.fiscalYear()));
		checkAmounts(figures, problems);
		var source = problems.read(() -> Checks.required(figures.source(), "source", 200));
		problems.throwIfAny();
		accounts.ensureAccount(team, company);
		repository.upsert(team, company, year, figures, source, actor);
	}

	/**
	 * Removes a fiscal year's figures.
	 * @param team the team
	 * @param businessId the company
	 * @param year the fiscal year
	 * @return whether there were any
	 */
	@Transactional
	public boolean remove(OrganisationId team, String businessId, int year) {
		return repository.remove(team, businessId, year);
	}

	private int checkedYear(@Nullable Integer fiscalYear) {
		var year = Checks.chosen(fiscalYear, "fiscalYear");
		var thisYear = LocalDate.now(clock).getYear();
		if (year < FIRST_YEAR || year > thisYear) {
			throw new InvalidInputException("fiscalYear", "companies.financials.year", FIRST_YEAR, thisYear);
		}
		return year;
	}

	private static void checkAmounts(NewFinancials figures, FormProblems problems) {
		checkRevenue(figures, problems);
		if (figures.operatingProfit() != null && Math.abs(figures.operatingProfit()) > MAX_EUROS) {
			problems.add(new InvalidInputException("operatingProfit", "companies.financials.tooLarge"));
		}
		if (figures.personnel() != null && (figures.personnel() < 0 || figures.personnel() > 1_000_000)) {
			problems.add(new InvalidInputException("personnel", "validation.range", 0, 1_000_000));
		}
	}

	private static void checkRevenue(NewFinancials figures, FormProblems problems) {
		if (figures.revenue() != null && (figures.revenue() < 0 || figures.revenue() > MAX_EUROS)) {
			problems.add(new InvalidInputException("revenue", "companies.financials.revenue"));
		}
		else if (figures.revenue() == null && figures.operatingProfit() == null && figures.personnel() == null) {
			problems.add(new InvalidInputException("revenue", "companies.financials.empty"));
		}
	}

}
