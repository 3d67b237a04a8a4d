package fi.osaamo.companies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a team's account managers have on their hands: the companies each manages, and
 * each one's open needs and follow-ups due.
 */
@Repository
class AccountManagerReports {

	private static final String MANAGED_BY = """
			select a.business_id, a.company_name, a.manager_id,
			       (select count(*) from companies.need n where n.team_id = a.team_id and n.business_id = a.business_id
			          and n.status in ('OPEN', 'REFERRED')) as open_needs,
			       (select max(c.occurred_on) from companies.contact c where c.team_id = a.team_id
			          and c.business_id = a.business_id) as last_contact
			from companies.account a where a.team_id = :team and a.manager_id = :manager
			order by lower(a.company_name) limit 500""";

	private static final String LOADS = """
			select a.manager_id, count(*) as companies,
			       coalesce(sum((select count(*) from companies.need n where n.team_id = a.team_id
			          and n.business_id = a.business_id and n.status in ('OPEN', 'REFERRED'))), 0) as open_needs,
			       coalesce(sum((select count(*) from companies.need n join companies.referral r on r.need_id = n.id
			          where n.team_id = a.team_id and n.business_id = a.business_id and r.closed_at is null
			            and r.follow_up_on <= :today)), 0) as due
			from companies.account a where a.team_id = :team and a.manager_id is not null
			group by a.manager_id order by open_needs desc, companies desc""";

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountManagerReports(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The companies a person manages, by name.
	 * @param team the team
	 * @param manager the account manager
	 * @return their accounts
	 */
	List<AccountSummary> managedBy(OrganisationId team, PersonId manager) {
		return jdbc.sql(MANAGED_BY)
			.param("team", team.value())
			.param("manager", manager.value())
			.query((rs, row) -> new AccountSummary(rs.getString("business_id"), rs.getString("company_name"), manager,
					rs.getInt("open_needs"), rs.getObject("last_contact", LocalDate.class)))
			.list();
	}

	/**
	 * The team's account managers and their work.
	 * @param team the team
	 * @return one row per account manager, the busiest first
	 */
	List<ManagerLoad> team(OrganisationId team) {
		return jdbc.sql(LOADS)
			.param("team", team.value())
			.param("today", LocalDate.now(clock))
			.query((rs, row) -> new ManagerLoad(new PersonId(rs.getObject("manager_id", UUID.class)),
					rs.getInt("companies"), rs.getInt("open_needs"), rs.getInt("due")))
			.list();
	}

}
