package fi.osaamo.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.companies.AccountCriteria;
import fi.osaamo.companies.AccountPortfolio;
import fi.osaamo.companies.SizeClass;
import fi.osaamo.identity.PersonId;
import fi.osaamo.companies.CompanySearch;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads the company list's filters into a search of the register. The filters on the
 * team's accounts (size class, account manager, last contact, open needs, overdue
 * follow-ups) narrow the search to the companies the team's records single out.
 */
@Component
class CompanyListFilter {

	static final int MAX_MONTHS = 120;

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
		if (criteria != null && criteria.any() && team == null) {
			problems.check(() -> {
				throw new InvalidInputException(criteria.size() != null ? "size" : "manager", criteria.size() != null
						? "dashboard.companies.sizeNeedsTeam" : "dashboard.companies.filterNeedsTeam");
			});
		}
		var status = problems.read(() -> parse(CompanySearch.Status.class, filters.status(), "ACTIVE", "status"));
		var sort = problems.read(() -> parse(CompanySearch.Sort.class, filters.sort(), "NAME", "sort"));
		problems.throwIfAny();
		var selection = team == null || criteria == null || !criteria.any() ? null
				: portfolio.select(team.id(), criteria);
		return new CompanySearch(limit(filters.q()), blankToNull(filters.industry()),
				blankToNull(filters.municipality()), status, sort, selection == null ? null : selection.among(),
				selection == null ? java.util.Set.of() : selection.excluding());
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

	private static @Nullable PersonId manager(@Nullable String manager, PersonId user) {
		if (manager == null || manager.equals("none")) {
			return null;
		}
		if (manager.equals("me")) {
			return user;
		}
		try {
			return new PersonId(UUID.fromString(manager));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("manager", "validation.choice", manager);
		}
	}

	private static @Nullable Integer months(@Nullable String text) {
		var months = blankToNull(text);
		if (months == null) {
			return null;
		}
		try {
			var value = Integer.parseInt(months);
			if (value >= 1 && value <= MAX_MONTHS) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new InvalidInputException("noContactMonths", "validation.range", 1, MAX_MONTHS);
	}

	private static @Nullable Boolean flag(@Nullable String text, String field) {
		var value = blankToNull(text);
		if (value != null && !value.equals("true")) {
			throw new InvalidInputException(field, "validation.choice", value);
		}
		return value != null;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, @Nullable String otherwise,
			String field) {
		var text = blankToNull(value);
		try {
			return Enum.valueOf(type,
					(text == null ? java.util.Objects.requireNonNull(otherwise) : text).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "validation.choice", value);
		}
	}

	static String limit(@Nullable String q) {
		if (q == null) {
			return "";
		}
		return q.length() > 200 ? q.substring(0, 200) : q;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
