package fi.osaamo.dashboard;

import java.io.IOException;
import java.util.Locale;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.opendata.CompanyRegistry;
import fi.osaamo.opendata.CompanySearch;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

	CompaniesController(CompanyRegistry registry, ClassificationManagement classifications, MessageSource messages) {
		this.registry = registry;
		this.classifications = classifications;
		this.messages = messages;
	}

	@GetMapping("/dashboard/companies")
	String companies(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable String industry,
			@RequestParam(required = false) @Nullable String municipality,
			@RequestParam(defaultValue = "ACTIVE") String status, @RequestParam(defaultValue = "NAME") String sort,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		var language = Language.of(locale);
		CompanySearch search;
		CompanyRegistry.Page found;
		InvalidInputException error = null;
		try {
			search = search(q, industry, municipality, status, sort);
			found = registry.search(search, page, PAGE_SIZE);
		}
		catch (InvalidInputException ex) {
			search = new CompanySearch(limit(q), null, null, CompanySearch.Status.ACTIVE, CompanySearch.Sort.NAME);
			found = new CompanyRegistry.Page(java.util.List.of(), 0, PAGE_SIZE, 0);
			error = ex;
		}
		model.addAttribute("page",
				new CompaniesPage(found, search, classifications.industries(language),
						classifications.municipalities(language), names(language),
						error == null ? null : error.messageKey(), error == null ? new Object[0] : error.arguments()));
		return "dashboard/companies";
	}

	@GetMapping("/dashboard/companies.csv")
	void csv(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String industry,
			@RequestParam(required = false) @Nullable String municipality,
			@RequestParam(defaultValue = "ACTIVE") String status, @RequestParam(defaultValue = "NAME") String sort,
			Locale locale, HttpServletResponse response) throws IOException {
		var search = search(q, industry, municipality, status, sort);
		Exports.csv(response, "companies", header(locale), rows(search, Language.of(locale)));
	}

	@GetMapping("/dashboard/companies.xlsx")
	void xlsx(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String industry,
			@RequestParam(required = false) @Nullable String municipality,
			@RequestParam(defaultValue = "ACTIVE") String status, @RequestParam(defaultValue = "NAME") String sort,
			Locale locale, HttpServletResponse response) throws IOException {
		var search = search(q, industry, municipality, status, sort);
		Exports.xlsx(response, "companies", messages.getMessage("dashboard.companies.caption", null, locale),
				header(locale), rows(search, Language.of(locale)));
	}

	private Exports.Rows rows(CompanySearch search, Language language) {
		var names = names(language);
		return row -> registry.forEach(search,
				company -> row.accept(java.util.Arrays.asList(company.businessId(), company.name(),
						names.industry(company.industryCode()), names.municipality(company.municipalityCode()),
						company.streetAddress(), company.postCode(), company.postOffice(), company.website(),
						company.registrationDate(), company.endDate())));
	}

	private java.util.List<String> header(Locale locale) {
		return java.util.stream.Stream
			.of("businessId", "name", "industry", "municipality", "address", "postCode", "postOffice", "website",
					"registered", "ended")
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

	private static CompanySearch search(String q, @Nullable String industry, @Nullable String municipality,
			String status, String sort) {
		return new CompanySearch(limit(q), blankToNull(industry), blankToNull(municipality),
				parse(CompanySearch.Status.class, status, "status"), parse(CompanySearch.Sort.class, sort, "sort"));
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "validation.choice", value);
		}
	}

	private static String limit(String q) {
		return q.length() > 200 ? q.substring(0, 200) : q;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
