package fi.osaamo.companies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads where a team stands with companies: their account manager, the last contact, open
 * needs and overdue follow-ups.
 */
@Repository
class AccountStandings {

	private static final String STANDINGS = """
			select a.business_id, a.manager_id,
			       (select max(c.occurred_on) from companies.contact c
			          where c.team_id = a.team_id and c.business_id = a.business_id) as last_contact,
			       (select count(*) from companies.need n where n.team_id = a.team_id and n.business_id = a.business_id
			          and n.status in ('OPEN', 'REFERRED')) as open_needs,
			       (select count(*) from companies.referral r join companies.need n on n.id = r.need_id
			          where n.team_id = a.team_id and n.business_id = a.business_id and r.closed_at is null
			            and r.follow_up_on < :today) as overdue
			from companies.account a where a.team_id = :team""";

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountStandings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Map<String, AccountStanding> of(OrganisationId team, Collection<String> businessIds) {
		if (businessIds.isEmpty()) {
			return Map.of();
		}
		return standings(jdbc.sql(STANDINGS + " and a.business_id = any(:ids)")
			.param("ids", businessIds.stream().distinct().toArray(String[]::new)), team);
	}

	Map<String, AccountStanding> all(OrganisationId team) {
		return standings(jdbc.sql(STANDINGS), team);
	}

	private Map<String, AccountStanding> standings(JdbcClient.StatementSpec statement, OrganisationId team) {
		var standings = new HashMap<String, AccountStanding>();
		statement.param("team", team.value())
			.param("today", LocalDate.now(clock))
			.query((rs, row) -> new AccountStanding(rs.getString("business_id"),
					person(rs.getObject("manager_id", UUID.class)), rs.getObject("last_contact", LocalDate.class),
					rs.getInt("open_needs"), rs.getInt("overdue")))
			.list()
			.forEach(standing -> standings.put(standing.businessId(), standing));
		return standings;
	}

	private static @Nullable PersonId person(@Nullable UUID id) {
		return id == null ? null : new PersonId(id);
	}

}
