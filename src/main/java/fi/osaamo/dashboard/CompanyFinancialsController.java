package fi.osaamo.dashboard;

import java.util.Locale;

import fi.osaamo.companies.FinancialRecords;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The key figures the team records on a company's page, a fiscal year at a time, and
 * their removal after a confirmation.
 */
@Controller
@PreAuthorize("hasAnyRole('GROWTH_TEAM', 'PLATFORM_ADMIN')")
class CompanyFinancialsController {

	private final CompanyPages pages;

	private final FinancialRecords financials;

	CompanyFinancialsController(CompanyPages pages, FinancialRecords financials) {
		this.pages = pages;
		this.financials = financials;
	}

	@PostMapping("/dashboard/companies/{businessId}/financials")
	String recordFinancials(@PathVariable String businessId, @ModelAttribute("financials") FinancialsForm form,
			BindingResult binding, @AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		return pages.change(businessId, user, locale, model, "financials",
				new AccountPanels.Forms(null, null, null, form), CompanyPages.readable(binding,
						(team, company) -> financials.record(team, company, form.toNewFinancials(), user.personId())));
	}

	@PostMapping("/dashboard/companies/{businessId}/financials/{year}/remove")
	String removeFinancials(@PathVariable String businessId, @PathVariable int year,
			@RequestParam(defaultValue = "false") boolean confirm, @AuthenticationPrincipal PersonPrincipal user,
			Locale locale, Model model) {
		return pages.change(businessId, user, locale, model, "financialsremoved-" + year, AccountPanels.Forms.NONE,
				(team, company) -> {
					if (!confirm) {
						throw new InvalidInputException("confirm", "dashboard.company.financials.confirmRemove", year);
					}
					financials.remove(team, company.businessId(), year);
				});
	}

}
