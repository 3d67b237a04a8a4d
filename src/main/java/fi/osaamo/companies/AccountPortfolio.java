package fi.osaamo.companies;

import java.util.Collection;
import java.util.List;
import java.util.Map;

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

	private final JdbcClient jdbc;

	private final OrganisationManagement organisations;

	private final AccountStandings standings;

	private final AccountSelections selections;

	AccountPortfolio(JdbcClient jdbc, OrganisationManagement organisations, AccountStandings standings,
			AccountSelections selections) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.standings = standings;
		this.selections = selections;
	}

	/**
	 * Where the team stands with some companies.
	 * @param team the team
	 * @param businessIds the companies
	 * @return standing by business ID, for the companies the team has an account of
	 */
	public Map<String, AccountStanding> standings(OrganisationId team, Collection<String> businessIds) {
		return standings.of(team, businessIds);
	}

	/**
	 * Where the team stands with every company it has an account of, for exports.
	 * @param team the team
	 * @return standing by business ID
	 */
	public Map<String, AccountStanding> standings(OrganisationId team) {
		return standings.all(team);
	}

	/**
	 * The companies that meet criteria.
	 * @param team the team
	 * @param criteria the criteria
	 * @return the business IDs to look among and to leave out
	 */
	public AccountSelection select(OrganisationId team, AccountCriteria criteria) {
		return selections.select(team, criteria);
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
		checkManager(team, manager);
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
			.params(Map.of("team", team.value(), "businessId", company.businessId(), "name", company.name(), "manager",
					manager.value()))
			.update();
	}

	/** Checks that an account manager, if named, is a growth-team member of the team. */
	private void checkManager(OrganisationId team, @Nullable PersonId manager) {
		if (manager != null && !organisations.hasRole(manager, team, Role.GROWTH_TEAM)) {
			throw new InvalidInputException("manager", "companies.manager.notInTeam");
		}
	}

}
