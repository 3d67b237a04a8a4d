package fi.osaamo.companies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * A team's company accounts: the account manager and the contact log.
 */
@Service
public class AccountManagement {

	private final JdbcClient jdbc;

	private final OrganisationManagement organisations;

	private final Clock clock;

	AccountManagement(JdbcClient jdbc, OrganisationManagement organisations, Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * The team's account of a company.
	 * @param team the team
	 * @param businessId the company
	 * @return the account, if the team has touched the company
	 */
	public Optional<CompanyAccount> findAccount(OrganisationId team, String businessId) {
		return jdbc.sql("""
				select team_id, business_id, company_name, manager_id, size_class, version from companies.account
				where team_id = :team and business_id = :businessId""")
			.param("team", team.value())
			.param("businessId", businessId)
			.query((rs, row) -> account(rs))
			.optional();
	}

	/**
	 * Names the company's account manager, or none.
	 * @param team the team
	 * @param company the company
	 * @param manager a growth-team member of the team, or {@code null} for none
	 * @param version the account's version the user saw (0 for a new account)
	 */
	@Transactional
	public void assignManager(OrganisationId team, CompanyRef company, @Nullable PersonId manager, int version) {
		if (manager != null && !organisations.hasRole(manager, team, Role.GROWTH_TEAM)) {
			throw new InvalidInputException("manager", "companies.manager.notInTeam");
		}
		change(team, company, "manager_id", manager == null ? null : manager.value(), version);
	}

	/**
	 * Records the company's size class as the team knows it, or clears it.
	 * @param team the team
	 * @param company the company
	 * @param size its size class, or {@code null} for not known
	 * @param version the account's version the user saw (0 for a new account)
	 */
	@Transactional
	public void classifySize(OrganisationId team, CompanyRef company, @Nullable SizeClass size, int version) {
		change(team, company, "size_class", size == null ? null : size.name(), version);
	}

	/**
	 * The companies the team has put in a size class.
	 * @param team the team
	 * @param size the size class
	 * @return their business IDs
	 */
	public Set<String> ofSize(OrganisationId team, SizeClass size) {
		return new HashSet<>(
				jdbc.sql("select business_id from companies.account where team_id = :team and size_class = :size")
					.param("team", team.value())
					.param("size", size.name())
					.query(String.class)
					.list());
	}

	/**
	 * Every size class the team has recorded.
	 * @param team the team
	 * @return size class by business ID
	 */
	public Map<String, SizeClass> sizeClasses(OrganisationId team) {
		var sizes = new HashMap<String, SizeClass>();
		jdbc.sql(
				"select business_id, size_class from companies.account where team_id = :team and size_class is not null")
			.param("team", team.value())
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> sizes.put(rs.getString("business_id"),
					SizeClass.valueOf(rs.getString("size_class"))));
		return sizes;
	}

	/**
	 * Logs a contact with a company.
	 * @param team the team
	 * @param company the company
	 * @param contact what happened
	 * @param author who logs it
	 * @return the entry's id
	 */
	@Transactional
	public UUID logContact(OrganisationId team, CompanyRef company, NewContact contact, PersonId author) {
		var checked = ContactChecks.checked(contact, LocalDate.now(clock));
		ensureAccount(team, company);
		var id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into companies.contact
						  (id, team_id, business_id, occurred_on, channel, participants, notes, topics, confidential, author_id)
						values (:id, :team, :businessId, :occurredOn, :channel, :participants, :notes, :topics, :confidential, :author)""")
			.param("id", id)
			.param("team", team.value())
			.param("businessId", company.businessId())
			.params(checked.values())
			.param("author", author.value())
			.update();
		return id;
	}

	/**
	 * The contact log of a company, newest first; confidential notes are withheld from
	 * all but their author, the account manager and administrators.
	 * @param team the team
	 * @param businessId the company
	 * @param viewer who looks
	 * @return the entries
	 */
	public List<ContactEntry> contacts(OrganisationId team, String businessId, PersonId viewer) {
		var manager = findAccount(team, businessId).map(CompanyAccount::manager).orElse(null);
		var privileged = viewer.equals(manager) || administrator(team, viewer);
		return jdbc.sql("select " + ContactLog.COLUMNS + " " + """
				 from companies.contact where team_id = :team and business_id = :businessId
				order by occurred_on desc, created_at desc limit 200""")
			.param("team", team.value())
			.param("businessId", businessId)
			.query((rs, row) -> ContactLog.entry(rs, viewer, privileged))
			.list();
	}

	/**
	 * Whether a person administers a team's records (the city's or the platform's
	 * administrator).
	 * @param team the team
	 * @param person the person
	 * @return whether they do
	 */
	public boolean administrator(OrganisationId team, PersonId person) {
		return organisations.hasRole(person, team, Role.ADMIN) || organisations.isPlatformAdmin(person);
	}

	/**
	 * The companies a person manages, by name.
	 * @param team the team
	 * @param manager the account manager
	 * @return their accounts
	 */
	public List<AccountSummary> managedBy(OrganisationId team, PersonId manager) {
		return jdbc
			.sql("""
					select a.business_id, a.company_name, a.manager_id,
					       (select count(*) from companies.need n where n.team_id = a.team_id and n.business_id = a.business_id
					          and n.status in ('OPEN', 'REFERRED')) as open_needs,
					       (select max(c.occurred_on) from companies.contact c where c.team_id = a.team_id
					          and c.business_id = a.business_id) as last_contact
					from companies.account a where a.team_id = :team and a.manager_id = :manager
					order by lower(a.company_name) limit 500""")
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
	public List<ManagerLoad> team(OrganisationId team) {
		return jdbc.sql("""
				select a.manager_id, count(*) as companies,
				       coalesce(sum((select count(*) from companies.need n where n.team_id = a.team_id
				          and n.business_id = a.business_id and n.status in ('OPEN', 'REFERRED'))), 0) as open_needs,
				       coalesce(sum((select count(*) from companies.need n join companies.referral r on r.need_id = n.id
				          where n.team_id = a.team_id and n.business_id = a.business_id and r.closed_at is null
				            and r.follow_up_on <= :today)), 0) as due
				from companies.account a where a.team_id = :team and a.manager_id is not null
				group by a.manager_id order by open_needs desc, companies desc""")
			.param("team", team.value())
			.param("today", LocalDate.now(clock))
			.query((rs, row) -> new ManagerLoad(new PersonId(rs.getObject("manager_id", UUID.class)),
					rs.getInt("companies"), rs.getInt("open_needs"), rs.getInt("due")))
			.list();
	}

	/**
	 * Sets one column of the account, if no one changed it since the user saw it.
	 * @param column {@code manager_id} or {@code size_class}, never user input
	 */
	private void change(OrganisationId team, CompanyRef company, String column, @Nullable Object value, int version) {
		ensureAccount(team, company);
		OptimisticLock.update(jdbc
			.sql("update companies.account set " + column + " = :value, company_name = :name,"
					+ " version = version + 1, updated_at = now()"
					+ " where team_id = :team and business_id = :businessId and version = :version")
			.param("value", value)
			.param("name", company.name())
			.param("team", team.value())
			.param("businessId", company.businessId()), version);
	}

	void ensureAccount(OrganisationId team, CompanyRef company) {
		jdbc.sql("""
				insert into companies.account (team_id, business_id, company_name) values (:team, :businessId, :name)
				on conflict (team_id, business_id) do nothing""")
			.param("team", team.value())
			.param("businessId", company.businessId())
			.param("name", company.name())
			.update();
	}

	private static CompanyAccount account(ResultSet rs) throws SQLException {
		var manager = rs.getObject("manager_id", UUID.class);
		var size = rs.getString("size_class");
		return new CompanyAccount(new OrganisationId(rs.getObject("team_id", UUID.class)), rs.getString("business_id"),
				rs.getString("company_name"), manager == null ? null : new PersonId(manager),
				size == null ? null : SizeClass.valueOf(size), rs.getInt("version"));
	}

}
