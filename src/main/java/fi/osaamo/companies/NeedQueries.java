package fi.osaamo.companies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads companies' needs, without their referrals.
 */
@Repository
class NeedQueries {

	private static final String NEED_COLUMNS = """
			n.id, n.business_id, a.company_name, n.kind, n.description, n.urgency, n.status, n.industry_code,
			n.updated_at, n.version""";

	private final JdbcClient jdbc;

	NeedQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Need> ofCompany(OrganisationId team, String businessId) {
		return jdbc.sql("select " + NEED_COLUMNS + """
				 from companies.need n join companies.account a using (team_id, business_id)
				where n.team_id = :team and n.business_id = :businessId order by n.created_at desc""")
			.param("team", team.value())
			.param("businessId", businessId)
			.query((rs, row) -> need(rs))
			.list();
	}

	Optional<Need> find(OrganisationId team, UUID id) {
		return jdbc.sql("select " + NEED_COLUMNS + """
				 from companies.need n join companies.account a using (team_id, business_id)
				where n.team_id = :team and n.id = :id""")
			.param("team", team.value())
			.param("id", id)
			.query((rs, row) -> need(rs))
			.optional();
	}

	List<Need> recentlyChanged(OrganisationId team, int limit) {
		return jdbc.sql("select " + NEED_COLUMNS + """
				 from companies.need n join companies.account a using (team_id, business_id)
				where n.team_id = :team order by n.updated_at desc limit :limit""")
			.param("team", team.value())
			.param("limit", limit)
			.query((rs, row) -> need(rs))
			.list();
	}

	private static Need need(ResultSet rs) throws SQLException {
		return new Need(rs.getObject("id", UUID.class), rs.getString("business_id"), rs.getString("company_name"),
				NeedKind.valueOf(rs.getString("kind")), rs.getString("description"),
				Urgency.valueOf(rs.getString("urgency")), NeedStatus.valueOf(rs.getString("status")),
				rs.getString("industry_code"), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"),
				List.of());
	}

}
