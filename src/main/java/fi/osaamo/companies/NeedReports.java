package fi.osaamo.companies;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import fi.osaamo.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a team's needs and referrals add up to: the needs over time and who cooperated
 * with whom. Read only; the needs themselves are kept by {@link NeedManagement}.
 */
@Service
public class NeedReports {

	private static final String COOPERATION = """
			select n.business_id, a.company_name, s.provider, s.kind, count(*) as referrals,
			       count(*) filter (where n.status = 'MET') as met, max(r.created_at)::date as latest
			from companies.referral r
			join companies.need n on n.id = r.need_id
			join companies.service s on s.id = r.service_id
			join companies.account a on a.team_id = n.team_id and a.business_id = n.business_id
			where n.team_id = :team and r.created_at >= :since
			group by n.business_id, a.company_name, s.provider, s.kind
			order by referrals desc, a.company_name, s.provider, s.kind""";

	private final JdbcClient jdbc;

	NeedReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The team's needs counted by the month they were charted, the companies' industry
	 * division and kind, from a month on.
	 * @param team the team
	 * @param from the first month
	 * @return the counts, oldest month first
	 */
	public List<NeedCount> countsByMonth(OrganisationId team, YearMonth from) {
		return jdbc.sql("""
				select to_char(date_trunc('month', created_at), 'YYYY-MM') as month, left(industry_code, 2) as division,
				       kind, count(*) as needs
				from companies.need where team_id = :team and created_at >= :from
				group by 1, 2, 3 order by 1, 2, 3""")
			.param("team", team.value())
			.param("from", Date.valueOf(from.atDay(1)))
			.query((rs, row) -> new NeedCount(YearMonth.parse(rs.getString("month")), rs.getString("division"),
					NeedKind.valueOf(rs.getString("kind")), rs.getInt("needs")))
			.list();
	}

	/**
	 * Who cooperated with whom through the team's referrals since a day: one row per
	 * company, provider and kind of service.
	 * @param team the team
	 * @param since the first day counted
	 * @return the cooperation, most referrals first
	 */
	public List<Cooperation> cooperation(OrganisationId team, LocalDate since) {
		return jdbc.sql(COOPERATION)
			.param("team", team.value())
			.param("since", Date.valueOf(since))
			.query((rs, row) -> cooperation(rs))
			.list();
	}

	private static Cooperation cooperation(ResultSet rs) throws SQLException {
		return new Cooperation(rs.getString("business_id"), rs.getString("company_name"), rs.getString("provider"),
				ServiceKind.valueOf(rs.getString("kind")), rs.getInt("referrals"), rs.getInt("met"),
				rs.getObject("latest", LocalDate.class));
	}

}
