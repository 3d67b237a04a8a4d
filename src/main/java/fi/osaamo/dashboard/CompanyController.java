package fi.osaamo.dashboard;

import java.util.Locale;
import java.util.UUID;

import fi.osaamo.companies.AccountManagement;
import fi.osaamo.companies.SizeClass;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A company's page: the register's data and the team's account of it (account manager,
 * contact log, needs and their referrals). Every change is the user's team's: a member of
 * one city's team never reads or changes another's records.
 */
@Controller
@PreAuthorize("hasAnyRole('GROWTH_TEAM', 'PLATFORM_ADMIN')")
class CompanyController {

	private final CompanyPages pages;

	private final AccountManagement accounts;

	CompanyController(CompanyPages pages, AccountManagement accounts) {
		this.pages = pages;
		this.accounts = accounts;
	}

	@GetMapping("/dashboard/companies/{businessId}")
	String show(@PathVariable String businessId, @RequestParam(required = false) @Nullable String saved,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		var page = pages.page(pages.company(businessId), user.personId(), locale, AccountPanels.Forms.NONE, null, null,
				saved == null || !saved.matches("[a-z]{1,20}") ? null : saved);
		model.addAttribute("page", page);
		return "dashboard/company";
	}

	@PostMapping("/dashboard/companies/{businessId}/manager")
	String assignManager(@PathVariable String businessId, @RequestParam(required = false) @Nullable UUID manager,
			@RequestParam(defaultValue = "0") int version, @AuthenticationPrincipal PersonPrincipal user, Locale locale,
			Model model) {
		return pages.change(businessId, user, locale, model, "manager", AccountPanels.Forms.NONE,
				(team, company) -> accounts.assignManager(team, company, manager == null ? null : new PersonId(manager),
						version));
	}

	@PostMapping("/dashboard/companies/{businessId}/size")
	String classifySize(@PathVariable String businessId, @RequestParam(required = false) @Nullable SizeClass size,
			@RequestParam(defaultValue = "0") int version, @AuthenticationPrincipal PersonPrincipal user, Locale locale,
			Model model) {
		return pages.change(businessId, user, locale, model, "size", AccountPanels.Forms.NONE,
				(team, company) -> accounts.classifySize(team, company, size, version));
	}

	@PostMapping("/dashboard/companies/{businessId}/contacts")
	String logContact(@PathVariable String businessId, @ModelAttribute("contact") ContactForm form,
			BindingResult binding, @AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		return pages.change(businessId, user, locale, model, "contact", new AccountPanels.Forms(form, null, null, null),
				CompanyPages.readable(binding,
						(team, company) -> accounts.logContact(team, company, form.toNewContact(), user.personId())));
	}

}
