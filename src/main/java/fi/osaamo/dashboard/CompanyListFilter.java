package fi.osaamo.dashboard;

import java.time.Clock;
import java.time.LocalDate;

import fi.osaamo.companies.AccountCriteria;
import fi.osaamo.companies.AccountPortfolio;
import fi.osaamo.companies.AccountSelection;
import fi.osaamo.companies.SizeClass;
import fi.osaamo.identity.PersonId;
import fi.osaamo.companies.CompanySearch;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

import static fi.osaamo.dashboard.CompanyFilterValues.blankToNull;
import static fi.osaamo.dashboard.CompanyFilterValues.flag;
import static fi.osaamo.dashboard.CompanyFilterValues.limit;
import static fi.osaamo.dashboard.CompanyFilterValues.manager;
import static fi.osaamo.dashboard.CompanyFilterValues.months;
import static fi.osaamo.dashboard.CompanyFilterValues.parse;
import org.springframework.stereotype.Component;

/**
 * Reads the company list's filters into a search of the register. The filters on the
 * team's accounts (size class, account manager, last contact, open needs, overdue
 * follow-ups) narrow the search to the companies the team's records single out.
 */
@Component
class CompanyListFilter {

	private final AccountPortfolio portfolio;

	private final Clock clock;

	CompanyListFilter(AccountPortfolio portfolio, Clock clock) {
		this.portfolio = portfolio;
		this.clock = clock;
	}

	/**
	 * The search the filters ask for.
	 * @param filters the filters
	 * @param team the user's team, or {@code null} outside every team
	 * @param user who asks, for {@code manager=me}
	 * @return the search
	 * @throws InvalidInputException with every filter that cannot be read
	 */
	CompanySearch search(CompanyFilters filters, Teams.@Nullable Team team, PersonId user) {
		var problems = new FormProblems();
		var criteria = problems.read(() -> criteria(problems, filters, user));
		checkTeam(problems, criteria, team);
		var status = problems.read(() -> parse(CompanySearch.Status.class, filters.status(), "ACTIVE", "status"));
		var sort = problems.read(() -> parse(CompanySearch.Sort.class, filters.sort(), "NAME", "sort"));
		problems.throwIfAny();
		var selection = team == null || criteria == null || !criteria.any() ? null
				: portfolio.select(team.id(), criteria);
		return search(filters, status, sort, selection);
	}

	private static CompanySearch search(CompanyFilters filters, CompanySearch.Status status, CompanySearch.Sort sort,
			@Nullable AccountSelection selection) {
		return new CompanySearch(limit(filters.q()), blankToNull(filters.industry()),
				blankToNull(filters.municipality()), status, sort, selection == null ? null : selection.among(),
				selection == null ? java.util.Set.of() : selection.excluding());
	}

	private static void checkTeam(FormProblems problems, @Nullable AccountCriteria criteria,
			Teams.@Nullable Team team) {
		if (criteria != null && criteria.any() && team == null) {
			problems.check(() -> refuseWithoutTeam(criteria));
		}
	}

	/** The filters on the team's accounts need a team: the size filter says so first. */
	private static void refuseWithoutTeam(AccountCriteria criteria) {
		throw new InvalidInputException(criteria.size() != null ? "size" : "manager",
				criteria.size() != null ? "dashboard.companies.sizeNeedsTeam" : "dashboard.companies.filterNeedsTeam");
	}

	private AccountCriteria criteria(FormProblems problems, CompanyFilters filters, PersonId user) {
		var sizeText = blankToNull(filters.size());
		var size = sizeText == null ? null : problems.read(() -> parse(SizeClass.class, sizeText, null, "size"));
		var manager = blankToNull(filters.manager());
		var managedBy = problems.read(() -> manager(manager, user));
		var months = problems.read(() -> months(filters.noContactMonths()));
		var openNeeds = problems.read(() -> flag(filters.openNeeds(), "openNeeds"));
		var overdue = problems.read(() -> flag(filters.overdue(), "overdue"));
		return new AccountCriteria(managedBy, "none".equals(manager),
				months == null ? null : LocalDate.now(clock).minusMonths(months), Boolean.TRUE.equals(openNeeds),
				Boolean.TRUE.equals(overdue), size);
	}

}
