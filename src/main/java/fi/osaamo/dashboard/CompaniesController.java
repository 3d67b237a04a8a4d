package fi.osaamo.dashboard;

import java.io.IOException;
import java.util.Locale;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.companies.AccountManagement;
import fi.osaamo.companies.SizeClass;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.opendata.CompanyRegistry;
import fi.osaamo.opendata.CompanySearch;
import fi.osaamo.platform.InvalidInputException;
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

	static final int PAGE_SIZE = 25;

	private final CompanyRegistry registry;

	private final ClassificationManagement classifications;

	private final MessageSource messages;

	private final Teams teams;

	private final AccountManagement accounts;

	CompaniesController(CompanyRegistry registry, ClassificationManagement classifications, MessageSource messages,
			Teams teams, AccountManagement accounts) {
		this.registry = registry;
		this.classifications = classifications;
		this.messages = messages;
		this.teams = teams;
		this.accounts = accounts;
	}

	@GetMapping("/dashboard/companies")
	String companies(@ModelAttribute CompanyFilters filters, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		var language = Language.of(locale);
		var team = teams.teamOf(user.personId()).orElse(null);
		Filtered filtered;
		CompanyRegistry.Page found;
		InvalidInputException error = null;
		try {
			filtered = filter(filters, team);
			found = registry.search(filtered.search(), page, PAGE_SIZE);
		}
		catch (InvalidInputException ex) {
			filtered = new Filtered(new CompanySearch(limit(filters.q()), null, null, CompanySearch.Status.ACTIVE,
					CompanySearch.Sort.NAME), null);
			found = new CompanyRegistry.Page(java.util.List.of(), 0, PAGE_SIZE, 0);
			error = ex;
		}
		var sizes = team == null ? java.util.Map.<String, SizeClass>of() : accounts.sizeClasses(team.id());
		model.addAttribute("page", new CompaniesPage(found, filtered.search(), filtered.size(), team != null, sizes,
				classifications.industries(language), municipalities(language, filters.municipality()), names(language),
				error == null ? null : error.messageKey(), error == null ? new Object[0] : error.arguments()));
		return "dashboard/companies";
	}

	@GetMapping("/dashboard/companies.csv")
	void csv(@ModelAttribute CompanyFilters filters, @AuthenticationPrincipal PersonPrincipal user, Locale locale,
			HttpServletResponse response) throws IOException {
		var team = teams.teamOf(user.personId()).orElse(null);
		Exports.csv(response, "companies", header(locale), rows(filter(filters, team), team, Language.of(locale)));
	}

	@GetMapping("/dashboard/companies.xlsx")
	void xlsx(@ModelAttribute CompanyFilters filters, @AuthenticationPrincipal PersonPrincipal user, Locale locale,
			HttpServletResponse response) throws IOException {
		var team = teams.teamOf(user.personId()).orElse(null);
		Exports.xlsx(response, "companies", messages.getMessage("dashboard.companies.caption", null, locale),
				header(locale), rows(filter(filters, team), team, Language.of(locale)));
	}

	/**
	 * The municipalities to filter by: those the register has companies in.
	 */
	private java.util.List<fi.osaamo.classification.ClassificationCode> municipalities(Language language,
			@Nullable String chosen) {
		var present = registry.municipalityCodes();
		return classifications.municipalities(language)
			.stream()
			.filter(municipality -> present.contains(municipality.code()) || municipality.code().equals(chosen))
			.toList();
	}

	private Exports.Rows rows(Filtered filtered, Teams.@Nullable Team team, Language language) {
		var names = names(language);
		var sizes = team == null ? java.util.Map.<String, SizeClass>of() : accounts.sizeClasses(team.id());
		return row -> registry.forEach(filtered.search(), company -> {
			var size = sizes.get(company.businessId());
			row.accept(java.util.Arrays.asList(company.businessId(), company.name(),
					names.industry(company.industryCode()), names.municipality(company.municipalityCode()),
					size == null ? null : messages.getMessage("companies.size." + size.name(), null, language.locale()),
					company.streetAddress(), company.postCode(), company.postOffice(), company.website(),
					company.registrationDate(), company.endDate()));
		});
	}

	private java.util.List<String> header(Locale locale) {
		return java.util.stream.Stream
			.of("businessId", "name", "industry", "municipality", "size", "address", "postCode", "postOffice",
					"website", "registered", "ended")
			.map(column -> messages.getMessage("dashboard.companies.column." + column, null, locale))
			.toList();
	}

	private CompaniesPage.Names names(Language language) {
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
	 * The filters as the registry takes them; a size class narrows the search to the
	 * companies the team has put in it.
	 */
	private Filtered filter(CompanyFilters filters, Teams.@Nullable Team team) {
		var sizeText = blankToNull(filters.size());
		SizeClass size = null;
		if (sizeText != null) {
			size = parse(SizeClass.class, sizeText, "size");
			if (team == null) {
				throw new InvalidInputException("size", "dashboard.companies.sizeNeedsTeam");
			}
		}
		var search = new CompanySearch(limit(filters.q()), blankToNull(filters.industry()),
				blankToNull(filters.municipality()),
				parse(CompanySearch.Status.class, filters.status() == null ? "ACTIVE" : filters.status(), "status"),
				parse(CompanySearch.Sort.class, filters.sort() == null ? "NAME" : filters.sort(), "sort"),
				size == null ? null : accounts.ofSize(team.id(), size));
		return new Filtered(search, size);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "validation.choice", value);
		}
	}

	private static String limit(@Nullable String q) {
		if (q == null) {
			return "";
		}
		return q.length() > 200 ? q.substring(0, 200) : q;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * The list's filters as the request gives them.
	 *
	 * @param q words of the name or the business ID
	 * @param industry a TOL 2008 section or division
	 * @param municipality a municipality code
	 * @param size a size class
	 * @param status active, ended or any
	 * @param sort the order
	 */
	record CompanyFilters(@Nullable String q, @Nullable String industry, @Nullable String municipality,
			@Nullable String size, @Nullable String status, @Nullable String sort) {
	}

	private record Filtered(CompanySearch search, @Nullable SizeClass size) {
	}

}
