package fi.osaamo.companies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's accounts as a list: where the team stands with each company, which companies
 * meet the list's criteria, and account managers named for many companies at once.
 */
@Service
public class AccountPortfolio {

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

	private final OrganisationManagement organisations;

	private final Clock clock;

	AccountPortfolio(JdbcClient jdbc, OrganisationManagement organisations, Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * Where the team stands with some companies.
	 * @param team the team
	 * @param businessIds the companies
	 * @return standing by business ID, for the companies the team has an account of
	 */
	public Map<String, AccountStanding> standings(OrganisationId team, Collection<String> businessIds) {
		if (businessIds.isEmpty()) {
			return Map.of();
		}
		return standings(jdbc.sql(STANDINGS + " and a.business_id = any(:ids)")
			.param("ids", businessIds.stream().distinct().toArray(String[]::new)), team);
	}

	/**
	 * Where the team stands with every company it has an account of, for exports.
	 * @param team the team
	 * @return standing by business ID
	 */
	public Map<String, AccountStanding> standings(OrganisationId team) {
		return standings(jdbc.sql(STANDINGS), team);
	}

	/**
	 * The companies that meet criteria.
	 * @param team the team
	 * @param criteria the criteria
	 * @return the business IDs to look among and to leave out
	 */
	public AccountSelection select(OrganisationId team, AccountCriteria criteria) {
		return new AccountSelection(among(team, criteria), excluding(team, criteria));
	}

	/**
	 * The companies that meet every criterion that names companies, or null when no
	 * criterion does.
	 */
	private @Nullable Set<String> among(OrganisationId team, AccountCriteria criteria) {
		Set<String> among = null;
		if (criteria.size() != null) {
			among = narrowed(among,
					ids("select business_id from companies.account where team_id = :team" + " and size_class = :value",
							team, criteria.size().name()));
		}
		if (criteria.manager() != null) {
			among = narrowed(among,
					ids("select business_id from companies.account where team_id = :team" + " and manager_id = :value",
							team, criteria.manager().value()));
		}
		if (criteria.openNeeds()) {
			among = narrowed(among, ids("select business_id from companies.need where team_id = :team"
					+ " and status in ('OPEN', 'REFERRED')", team, null));
		}
		if (criteria.overdue()) {
			among = narrowed(among, ids("select n.business_id from companies.referral r join companies.need n"
					+ " on n.id = r.need_id where n.team_id = :team and r.closed_at is null and r.follow_up_on < :value",
					team, LocalDate.now(clock)));
		}
		return among;
	}

	/** The companies that a criterion leaves out. */
	private Set<String> excluding(OrganisationId team, AccountCriteria criteria) {
		var excluding = new HashSet<String>();
		if (criteria.unmanaged()) {
			excluding.addAll(ids(
					"select business_id from companies.account where team_id = :team" + " and manager_id is not null",
					team, null));
		}
		if (criteria.notContactedSince() != null) {
			excluding.addAll(ids(
					"select business_id from companies.contact where team_id = :team" + " and occurred_on >= :value",
					team, criteria.notContactedSince()));
		}
		return excluding;
	}

	/**
	 * Names one account manager for many companies, or none.
	 * @param team the team
	 * @param companies the companies
	 * @param manager a growth-team member of the team, or {@code null} for none
	 * @return how many companies got a different account manager
	 */
	@Transactional
	public int assignManager(OrganisationId team, List<CompanyRef> companies, @Nullable PersonId manager) {
		if (manager != null && !organisations.hasRole(manager, team, Role.GROWTH_TEAM)) {
			throw new InvalidInputException("manager", "companies.manager.notInTeam");
		}
		if (manager == null) {
			return unassign(team, companies);
		}
		var changed = 0;
		for (var company : companies) {
			changed += assign(team, company, manager);
		}
		return changed;
	}

	private int unassign(OrganisationId team, List<CompanyRef> companies) {
		return jdbc.sql("""
				update companies.account set manager_id = null, version = version + 1, updated_at = now()
				where team_id = :team and business_id = any(:ids) and manager_id is not null""")
			.param("team", team.value())
			.param("ids", companies.stream().map(CompanyRef::businessId).distinct().toArray(String[]::new))
			.update();
	}

	/** Names the manager of a company, opening its account if it has none yet. */
	private int assign(OrganisationId team, CompanyRef company, PersonId manager) {
		return jdbc.sql("""
				insert into companies.account (team_id, business_id, company_name, manager_id)
				values (:team, :businessId, :name, :manager)
				on conflict (team_id, business_id) do update set manager_id = excluded.manager_id,
				  company_name = excluded.company_name, version = companies.account.version + 1, updated_at = now()
				where companies.account.manager_id is distinct from excluded.manager_id""")
			.param("team", team.value())
			.param("businessId", company.businessId())
			.param("name", company.name())
			.param("manager", manager.value())
			.update();
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

	private Set<String> ids(String sql, OrganisationId team, @Nullable Object value) {
		return new HashSet<>(
				jdbc.sql(sql).param("team", team.value()).param("value", value).query(String.class).list());
	}

	private static Set<String> narrowed(@Nullable Set<String> among, Set<String> these) {
		if (among == null) {
			return these;
		}
		among.retainAll(these);
		return among;
	}

	private static @Nullable PersonId person(@Nullable UUID id) {
		return id == null ? null : new PersonId(id);
	}

}
