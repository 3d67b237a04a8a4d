package fi.osaamo.dashboard;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import fi.osaamo.classification.ClassificationCode;
import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.companies.AccountManagement;
import fi.osaamo.companies.AccountPortfolio;
import fi.osaamo.companies.AccountStanding;
import fi.osaamo.identity.PersonId;
import fi.osaamo.companies.CompanyRegister;
import fi.osaamo.companies.CompanySearch;
import fi.osaamo.companies.RegisteredCompany;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The company list as a page: the register's companies that meet the filters and, for a
 * team member, the team's account of each (size class, account manager, last contact,
 * open needs, overdue follow-ups), with the saved filters and the forms of the list.
 */
@Component
class CompanyList {

	static final int PAGE_SIZE = 25;

	private final CompanyRegister registry;

	private final ClassificationManagement classifications;

	private final Teams teams;

	private final CompanyListFilter listFilter;

	private final AccountManagement accounts;

	private final AccountPortfolio portfolio;

	private final SavedFilters savedFilters;

	CompanyList(CompanyRegister registry, ClassificationManagement classifications, Teams teams,
			CompanyListFilter listFilter, AccountManagement accounts, AccountPortfolio portfolio,
			SavedFilters savedFilters) {
		this.registry = registry;
		this.classifications = classifications;
		this.teams = teams;
		this.listFilter = listFilter;
		this.accounts = accounts;
		this.portfolio = portfolio;
		this.savedFilters = savedFilters;
	}

	/**
	 * The page of the list.
	 * @param filters the filters
	 * @param page which page, from 0
	 * @param user who reads it
	 * @param language in which language
	 * @param typed a form of the list that was refused, with what was typed, or
	 * {@code null}
	 * @return the page
	 */
	CompaniesPage page(CompanyFilters filters, int page, PersonId user, Language language, @Nullable Typed typed) {
		var team = teams.teamOf(user).orElse(null);
		CompanySearch search;
		CompanyRegister.Page found;
		InvalidInputException error = null;
		try {
			search = listFilter.search(filters, team, user);
			found = registry.search(search, page, PAGE_SIZE);
		}
		catch (InvalidInputException ex) {
			search = new CompanySearch(CompanyFilterValues.limit(filters.q()), null, null, CompanySearch.Status.ACTIVE,
					CompanySearch.Sort.NAME);
			found = new CompanyRegister.Page(List.of(), 0, PAGE_SIZE, 0);
			error = ex;
		}
		return new CompaniesPage(found, search, filters, team == null ? null : accounts(team, found.items()),
				classifications.industries(language), municipalities(language, filters.municipality()), names(language),
				error, forms(user, team != null, typed));
	}

	/**
	 * The forms of the page: the saved filters, the ready-made ones for a team member,
	 * and what the user typed if it was refused.
	 */
	private CompaniesPage.Forms forms(PersonId user, boolean inTeam, @Nullable Typed typed) {
		var saved = savedFilters.of(user);
		var readyMade = inTeam ? SavedFilters.READY_MADE : List.<SavedFilter>of();
		return typed == null ? CompaniesPage.Forms.of(saved, readyMade) : new CompaniesPage.Forms(saved, readyMade,
				typed.form(), typed.error(), typed.filterName(), typed.selected(), typed.manager());
	}

	private CompaniesPage.Accounts accounts(Teams.Team team, List<RegisteredCompany> companies) {
		var standings = portfolio.standings(team.id(), companies.stream().map(RegisteredCompany::businessId).toList());
		var managers = new HashSet<PersonId>();
		standings.values().stream().map(AccountStanding::manager).filter(Objects::nonNull).forEach(managers::add);
		return new CompaniesPage.Accounts(accounts.sizeClasses(team.id()), standings, teams.pseudonyms(managers),
				teams.members(team.id()));
	}

	/**
	 * The municipalities to filter by: those the register has companies in.
	 */
	private List<ClassificationCode> municipalities(Language language, @Nullable String chosen) {
		var present = registry.municipalityCodes();
		return classifications.municipalities(language)
			.stream()
			.filter(municipality -> present.contains(municipality.code()) || municipality.code().equals(chosen))
			.toList();
	}

	CompaniesPage.Names names(Language language) {
		return new CompaniesPage.Names() {
			@Override
			public String municipality(@Nullable String code) {
				return classifications.municipality(code, language).map(found -> found.name()).orElse("–");
			}

			@Override
			public String industry(@Nullable String code) {
				return classifications.industry(code, language).map(found -> found.name()).orElse("–");
			}
		};
	}

	/**
	 * A refused form of the list with what was typed in it.
	 *
	 * @param form {@code filter} or {@code assign}
	 * @param error what was wrong
	 * @param filterName the filter's name as typed
	 * @param selected the companies chosen
	 * @param manager the account manager chosen
	 */
	record Typed(String form, InvalidInputException error, String filterName, List<String> selected, String manager) {
	}

}
