package fi.osaamo.dashboard;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import fi.osaamo.companies.AccountManagement;
import fi.osaamo.companies.AccountPortfolio;
import fi.osaamo.companies.AccountStanding;
import fi.osaamo.companies.SizeClass;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.identity.PersonSummary;
import fi.osaamo.companies.CompanyRegister;
import fi.osaamo.platform.Language;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The region's companies for the growth team: search, filters, sorting, pages and export.
 */
@Controller
@PreAuthorize("hasAnyRole('GROWTH_TEAM', 'PLATFORM_ADMIN')")
class CompaniesController {

	private final CompanyList list;

	private final CompanyRegister registry;

	private final MessageSource messages;

	private final Teams teams;

	private final CompanyListFilter listFilter;

	private final AccountManagement accounts;

	private final AccountPortfolio portfolio;

	CompaniesController(CompanyList list, CompanyRegister registry, MessageSource messages, Teams teams,
			CompanyListFilter listFilter, AccountManagement accounts, AccountPortfolio portfolio) {
		this.list = list;
		this.registry = registry;
		this.messages = messages;
		this.teams = teams;
		this.listFilter = listFilter;
		this.accounts = accounts;
		this.portfolio = portfolio;
	}

	@GetMapping("/dashboard/companies")
	String companies(@ModelAttribute CompanyFilters filters, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		model.addAttribute("page", list.page(filters, page, user.personId(), Language.of(locale), null));
		return "dashboard/companies";
	}

	@GetMapping("/dashboard/companies.csv")
	void csv(@ModelAttribute CompanyFilters filters, @AuthenticationPrincipal PersonPrincipal user, Locale locale,
			HttpServletResponse response) throws IOException {
		Exports.csv(response, "companies", header(locale), rows(filters, user.personId(), locale));
	}

	@GetMapping("/dashboard/companies.xlsx")
	void xlsx(@ModelAttribute CompanyFilters filters, @AuthenticationPrincipal PersonPrincipal user, Locale locale,
			HttpServletResponse response) throws IOException {
		Exports.xlsx(response, "companies", messages.getMessage("dashboard.companies.caption", null, locale),
				header(locale), rows(filters, user.personId(), locale));
	}

	private Exports.Rows rows(CompanyFilters filters, PersonId user, Locale locale) {
		var team = teams.teamOf(user).orElse(null);
		var search = listFilter.search(filters, team, user);
		var names = list.names(Language.of(locale));
		var sizes = team == null ? Map.<String, SizeClass>of() : accounts.sizeClasses(team.id());
		var standings = team == null ? Map.<String, AccountStanding>of() : portfolio.standings(team.id());
		var people = teams.pseudonyms(managers(standings));
		return row -> registry.forEach(search, company -> {
			var size = sizes.get(company.businessId());
			var standing = standings.get(company.businessId());
			row.accept(
					Stream
						.concat(Arrays
							.asList(company.businessId(), company.name(), names.industry(company.industryCode()),
									names.municipality(company.municipalityCode()),
									size == null ? null
											: messages.getMessage("companies.size." + size.name(), null, locale),
									company.streetAddress(), company.postCode(), company.postOffice(),
									company.website(), company.registrationDate(), company.endDate())
							.stream(), account(standing, people).stream())
						.toList());
		});
	}

	private static Set<PersonId> managers(Map<String, AccountStanding> standings) {
		var managers = new HashSet<PersonId>();
		standings.values().stream().map(AccountStanding::manager).filter(Objects::nonNull).forEach(managers::add);
		return managers;
	}

	/**
	 * The team's columns of a company: account manager, last contact, open needs and
	 * overdue follow-ups.
	 */
	private static List<@Nullable Object> account(@Nullable AccountStanding standing,
			Map<PersonId, PersonSummary> people) {
		if (standing == null) {
			return Arrays.asList(null, null, 0, 0);
		}
		var manager = standing.manager() == null ? null : people.get(standing.manager());
		return Arrays.asList(manager == null ? null : manager.atWork(), standing.lastContact(), standing.openNeeds(),
				standing.overdueFollowUps());
	}

	private List<String> header(Locale locale) {
		return Stream
			.of("businessId", "name", "industry", "municipality", "size", "address", "postCode", "postOffice",
					"website", "registered", "ended", "manager", "lastContact", "openNeeds", "overdue")
			.map(column -> messages.getMessage("dashboard.companies.column." + column, null, locale))
			.toList();
	}

}
