package fi.osaamo.companies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the key figures a team records for companies, one row per fiscal year.
 */
@Repository
class FinancialRepository {

	private static final String UPSERT = """
			insert into companies.financials
			  (team_id, business_id, fiscal_year, revenue, operating_profit, personnel, source, recorded_by)
			values (:team, :businessId, :year, :revenue, :profit, :personnel, :source, :actor)
			on conflict (team_id, business_id, fiscal_year) do update set revenue = excluded.revenue,
			  operating_profit = excluded.operating_profit, personnel = excluded.personnel,
			  source = excluded.source, recorded_by = excluded.recorded_by, recorded_at = now()""";

	private final JdbcClient jdbc;

	FinancialRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Financials> financials(OrganisationId team, String businessId) {
		return jdbc.sql("""
				select fiscal_year, revenue, operating_profit, personnel, source, recorded_by, recorded_at
				from companies.financials where team_id = :team and business_id = :businessId order by fiscal_year""")
			.param("team", team.value())
			.param("businessId", businessId)
			.query((rs, row) -> recorded(rs))
			.list();
	}

	/**
	 * Records a checked fiscal year's figures, replacing what the team had for that year.
	 */
	void upsert(OrganisationId team, CompanyRef company, int year, NewFinancials figures, String source,
			PersonId actor) {
		jdbc.sql(UPSERT)
			.params(Map.of("team", team.value(), "businessId", company.businessId(), "year", year))
			.param("revenue", figures.revenue())
			.param("profit", figures.operatingProfit())
			.param("personnel", figures.personnel())
			.params(Map.of("source", source, "actor", actor.value()))
			.update();
	}

	boolean remove(OrganisationId team, String businessId, int year) {
		return jdbc.sql("""
				delete from companies.financials
				where team_id = :team and business_id = :businessId and fiscal_year = :year""")
			.param("team", team.value())
			.param("businessId", businessId)
			.param("year", year)
			.update() > 0;
	}

	static Financials recorded(ResultSet rs) throws SQLException {
		return new Financials(rs.getInt("fiscal_year"), rs.getObject("revenue", Long.class),
				rs.getObject("operating_profit", Long.class), rs.getObject("personnel", Integer.class),
				rs.getString("source"), new PersonId(rs.getObject("recorded_by", UUID.class)),
				rs.getObject("recorded_at", Timestamp.class).toInstant());
	}

}
