package fi.osaamo.companies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final Clock clock;

	FinancialRecords(JdbcClient jdbc, AccountManagement accounts, Clock clock) {
		this.jdbc = jdbc;
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
		return jdbc.sql("""
				select fiscal_year, revenue, operating_profit, personnel, source, recorded_by, recorded_at
				from companies.financials where team_id = :team and business_id = :businessId order by fiscal_year""")
			.param("team", team.value())
			.param("businessId", businessId)
			.query((rs, row) -> recorded(rs))
			.list();
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
		return jdbc.sql("""
				select y.*, row_number() over (partition by fiscal_year
				                               order by filed desc, period_end desc) = 1 as of_record
				from (select cast(extract(year from period_end) as int) as fiscal_year, period_start, period_end,
				        revenue, operating_profit, null::int as personnel, personnel_expenses, true as filed,
				        null as source, null::uuid as recorded_by, null::timestamptz as recorded_at
				      from companies.register_statement where business_id = :businessId
				      union all
				      select fiscal_year, null, make_date(fiscal_year, 12, 31), revenue, operating_profit, personnel,
				        null, false, source, recorded_by, recorded_at
				      from companies.financials where team_id = :team and business_id = :businessId) y
				order by fiscal_year, filed desc, period_end""")
			.param("team", team.value())
			.param("businessId", businessId)
			.query((rs, row) -> year(rs))
			.list();
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
		jdbc.sql("""
				insert into companies.financials
				  (team_id, business_id, fiscal_year, revenue, operating_profit, personnel, source, recorded_by)
				values (:team, :businessId, :year, :revenue, :profit, :personnel, :source, :actor)
				on conflict (team_id, business_id, fiscal_year) do update set revenue = excluded.revenue,
				  operating_profit = excluded.operating_profit, personnel = excluded.personnel,
				  source = excluded.source, recorded_by = excluded.recorded_by, recorded_at = now()""")
			.param("team", team.value())
			.param("businessId", company.businessId())
			.param("year", year)
			.param("revenue", figures.revenue())
			.param("profit", figures.operatingProfit())
			.param("personnel", figures.personnel())
			.param("source", source)
			.param("actor", actor.value())
			.update();
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
		return jdbc.sql("""
				delete from companies.financials
				where team_id = :team and business_id = :businessId and fiscal_year = :year""")
			.param("team", team.value())
			.param("businessId", businessId)
			.param("year", year)
			.update() > 0;
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
		if (figures.revenue() != null && (figures.revenue() < 0 || figures.revenue() > MAX_EUROS)) {
			problems.add(new InvalidInputException("revenue", "companies.financials.revenue"));
		}
		else if (figures.revenue() == null && figures.operatingProfit() == null && figures.personnel() == null) {
			problems.add(new InvalidInputException("revenue", "companies.financials.empty"));
		}
		if (figures.operatingProfit() != null && Math.abs(figures.operatingProfit()) > MAX_EUROS) {
			problems.add(new InvalidInputException("operatingProfit", "companies.financials.tooLarge"));
		}
		if (figures.personnel() != null && (figures.personnel() < 0 || figures.personnel() > 1_000_000)) {
			problems.add(new InvalidInputException("personnel", "validation.range", 0, 1_000_000));
		}
	}

	/** A row of {@link #yearByYear}: a filed statement or the team's figures. */
	private static FinancialYear year(ResultSet rs) throws SQLException {
		var recorded = rs.getBoolean("filed") ? null : recorded(rs);
		return new FinancialYear(rs.getInt("fiscal_year"), rs.getObject("period_start", LocalDate.class),
				rs.getObject("period_end", LocalDate.class), rs.getObject("revenue", Long.class),
				rs.getObject("operating_profit", Long.class), rs.getObject("personnel", Integer.class),
				rs.getObject("personnel_expenses", Long.class), recorded, rs.getBoolean("of_record"));
	}

	private static Financials recorded(ResultSet rs) throws SQLException {
		return new Financials(rs.getInt("fiscal_year"), rs.getObject("revenue", Long.class),
				rs.getObject("operating_profit", Long.class), rs.getObject("personnel", Integer.class),
				rs.getString("source"), new PersonId(rs.getObject("recorded_by", UUID.class)),
				rs.getObject("recorded_at", Timestamp.class).toInstant());
	}

}
