package fi.osaamo.companies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads which of a team's companies meet the criteria of its account list.
 */
@Repository
class AccountSelections {

	private static final String OF_SIZE = "select business_id from companies.account where team_id = :team"
			+ " and size_class = :value";

	private static final String MANAGED_BY = "select business_id from companies.account where team_id = :team"
			+ " and manager_id = :value";

	private static final String OPEN_NEEDS = "select business_id from companies.need where team_id = :team"
			+ " and status in ('OPEN', 'REFERRED')";

	private static final String OVERDUE = "select n.business_id from companies.referral r join companies.need n"
			+ " on n.id = r.need_id where n.team_id = :team and r.closed_at is null and r.follow_up_on < :value";

	private static final String MANAGED = "select business_id from companies.account where team_id = :team"
			+ " and manager_id is not null";

	private static final String CONTACTED_SINCE = "select business_id from companies.contact where team_id = :team"
			+ " and occurred_on >= :value";

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountSelections(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	AccountSelection select(OrganisationId team, AccountCriteria criteria) {
		return new AccountSelection(among(team, criteria), excluding(team, criteria));
	}

	/**
	 * The companies that meet every criterion that names companies, or null when no
	 * criterion does.
	 */
	private @Nullable Set<String> among(OrganisationId team, AccountCriteria criteria) {
		var among = byAccount(team, criteria);
		if (criteria.openNeeds()) {
			among = narrowed(among, ids(OPEN_NEEDS, team, null));
		}
		if (criteria.overdue()) {
			among = narrowed(among, ids(OVERDUE, team, LocalDate.now(clock)));
		}
		return among;
	}

	/** The companies of the size and manager asked for, or null when neither is. */
	private @Nullable Set<String> byAccount(OrganisationId team, AccountCriteria criteria) {
		Set<String> among = null;
		if (criteria.size() != null) {
			among = narrowed(among, ids(OF_SIZE, team, criteria.size().name()));
		}
		if (criteria.manager() != null) {
			among = narrowed(among, ids(MANAGED_BY, team, criteria.manager().value()));
		}
		return among;
	}

	/** The companies that a criterion leaves out. */
	private Set<String> excluding(OrganisationId team, AccountCriteria criteria) {
		var excluding = new HashSet<String>();
		if (criteria.unmanaged()) {
			excluding.addAll(ids(MANAGED, team, null));
		}
		if (criteria.notContactedSince() != null) {
			excluding.addAll(ids(CONTACTED_SINCE, team, criteria.notContactedSince()));
		}
		return excluding;
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

}
