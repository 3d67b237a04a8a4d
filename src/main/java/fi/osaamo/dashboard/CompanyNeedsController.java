package fi.osaamo.dashboard;

import java.util.Locale;
import java.util.UUID;

import fi.osaamo.companies.NeedManagement;
import fi.osaamo.companies.NeedStatus;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
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
 * The needs on a company's page: a need charted, its status changed, its referral to a
 * service and the referral's outcome, each in the user's team.
 */
@Controller
@PreAuthorize("hasAnyRole('GROWTH_TEAM', 'PLATFORM_ADMIN')")
class CompanyNeedsController {

	private final CompanyPages pages;

	private final NeedManagement needs;

	CompanyNeedsController(CompanyPages pages, NeedManagement needs) {
		this.pages = pages;
		this.needs = needs;
	}

	@PostMapping("/dashboard/companies/{businessId}/needs")
	String chartNeed(@PathVariable String businessId, @ModelAttribute("need") NeedForm form, BindingResult binding,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		return pages.change(businessId, user, locale, model, "need", new AccountPanels.Forms(null, form, null, null),
				CompanyPages.readable(binding,
						(team, company) -> needs.chart(team, company, form.toNewNeed(), user.personId())));
	}

	@PostMapping("/dashboard/companies/{businessId}/needs/{need}/status")
	String changeStatus(@PathVariable String businessId, @PathVariable UUID need,
			@RequestParam(required = false) @Nullable NeedStatus status, @RequestParam(defaultValue = "0") int version,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		return pages.change(businessId, user, locale, model, "status-" + need, AccountPanels.Forms.NONE,
				(team, company) -> needs.changeStatus(team, need, CompanyPages.requireChoice(status, "status"), version,
						user.personId()));
	}

	@PostMapping("/dashboard/companies/{businessId}/needs/{need}/referrals")
	String refer(@PathVariable String businessId, @PathVariable UUID need,
			@ModelAttribute("referral") ReferralForm form, BindingResult binding,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		var kept = new ReferralForm(need, form.service(), form.followUpOn(), form.version());
		return pages.change(businessId, user, locale, model, "refer-" + need,
				new AccountPanels.Forms(null, null, kept, null),
				CompanyPages.readable(binding,
						(team, company) -> needs.refer(team, need,
								CompanyPages.requireChoice(form.service(), "service"),
								CompanyPages.requireChoice(form.followUpOn(), "followUpOn"), Language.of(locale),
								form.version() == null ? 0 : form.version(), user.personId())));
	}

	@PostMapping("/dashboard/companies/{businessId}/referrals/{referral}/outcome")
	String recordOutcome(@PathVariable String businessId, @PathVariable UUID referral,
			@RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "false") boolean met,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		return pages.change(businessId, user, locale, model, "outcome-" + referral, AccountPanels.Forms.NONE,
				(team, company) -> needs.recordOutcome(team, referral, outcome, met, user.personId()));
	}

}
