package fi.osaamo.dashboard;

import fi.osaamo.companies.CompanyRef;
import fi.osaamo.identity.PersonId;
import fi.osaamo.companies.CompanyRegister;
import fi.osaamo.companies.RegisteredCompany;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A registered company as one user's team keeps it: every page that reads or changes the
 * team's records of a company asks here first, so that a user outside every growth team
 * is refused and a company not in the register is not found.
 */
@Component
class CompanyScope {

	private final CompanyRegister registry;

	private final Teams teams;

	CompanyScope(CompanyRegister registry, Teams teams) {
		this.registry = registry;
		this.teams = teams;
	}

	/**
	 * The company in the user's team.
	 * @param businessId the company
	 * @param user who asks
	 * @return the company and the team
	 * @throws NotFoundException if the register has no such company
	 * @throws AccessDeniedException if the user is in no growth team
	 */
	Scoped of(String businessId, PersonId user) {
		var company = registry.find(businessId).orElseThrow(() -> new NotFoundException("company " + businessId));
		var team = teams.teamOf(user)
			.orElseThrow(() -> new AccessDeniedException("Account management belongs to a growth team"));
		return new Scoped(company, team);
	}

	/**
	 * A company in a team.
	 *
	 * @param company the register's company
	 * @param team the user's team
	 */
	record Scoped(RegisteredCompany company, Teams.Team team) {

		OrganisationId teamId() {
			return team.id();
		}

		String businessId() {
			return company.businessId();
		}

		CompanyRef ref() {
			return new CompanyRef(company.businessId(), company.name(), company.industryCode());
		}

		String page(String anchor) {
			return "/dashboard/companies/" + company.businessId() + "#" + anchor;
		}

	}

}
