package fi.osaamo.companies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import fi.osaamo.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a company's figures year by year from both sources: the statements it filed to
 * the trade register and what the team recorded, marking each year's row of record.
 */
@Repository
class FinancialYears {

	private static final String YEAR_BY_YEAR = """
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
			order by fiscal_year, filed desc, period_end""";

	private final JdbcClient jdbc;

	FinancialYears(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<FinancialYear> yearByYear(OrganisationId team, String businessId) {
		return jdbc.sql(YEAR_BY_YEAR)
			.param("team", team.value())
			.param("businessId", businessId)
			.query((rs, row) -> year(rs))
			.list();
	}

	/** A row of {@link #yearByYear}: a filed statement or the team's figures. */
	private static FinancialYear year(ResultSet rs) throws SQLException {
		var recorded = rs.getBoolean("filed") ? null : FinancialRepository.recorded(rs);
		return new FinancialYear(rs.getInt("fiscal_year"), rs.getObject("period_start", LocalDate.class),
				rs.getObject("period_end", LocalDate.class), rs.getObject("revenue", Long.class),
				rs.getObject("operating_profit", Long.class), rs.getObject("personnel", Integer.class),
				rs.getObject("personnel_expenses", Long.class), recorded, rs.getBoolean("of_record"));
	}

}
