package fi.osaamo.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.companies.AccountManagement;
import fi.osaamo.companies.CompanyRef;
import fi.osaamo.companies.FinancialRecords;
import fi.osaamo.companies.NeedManagement;
import fi.osaamo.companies.NeedStatus;
import fi.osaamo.companies.SizeClass;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.companies.CompanyRegister;
import fi.osaamo.companies.RegisteredCompany;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
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

	private final CompanyRegister registry;

	private final ClassificationManagement classifications;

	private final Teams teams;

	private final AccountManagement accounts;

	private final NeedManagement needs;

	private final AccountPanels panels;

	private final Clock clock;

	private final Favourites favourites;

	private final CompanyActivity activity;

	private final FinancialRecords financials;

	CompanyController(CompanyRegister registry, ClassificationManagement classifications, Teams teams,
			AccountManagement accounts, NeedManagement needs, AccountPanels panels, Clock clock, Favourites favourites,
			CompanyActivity activity, FinancialRecords financials) {
		this.financials = financials;
		this.favourites = favourites;
		this.activity = activity;
		this.registry = registry;
		this.classifications = classifications;
		this.teams = teams;
		this.accounts = accounts;
		this.needs = needs;
		this.panels = panels;
		this.clock = clock;
	}

	@GetMapping("/dashboard/companies/{businessId}")
	String show(@PathVariable String businessId, @RequestParam(required = false) @Nullable String saved,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		var page = page(company(businessId), user.personId(), locale, AccountPanels.Forms.NONE, null, null,
				saved == null || !saved.matches("[a-z]{1,20}") ? null : saved);
		model.addAttribute("page", page);
		return "dashboard/company";
	}

	@PostMapping("/dashboard/companies/{businessId}/manager")
	String assignManager(@PathVariable String businessId, @RequestParam(required = false) @Nullable UUID manager,
			@RequestParam(defaultValue = "0") int version, @AuthenticationPrincipal PersonPrincipal user, Locale locale,
			Model model) {
		return change(businessId, user, locale, model, "manager", AccountPanels.Forms.NONE, (team, company) -> accounts
			.assignManager(team, company, manager == null ? null : new PersonId(manager), version));
	}

	@PostMapping("/dashboard/companies/{businessId}/size")
	String classifySize(@PathVariable String businessId, @RequestParam(required = false) @Nullable SizeClass size,
			@RequestParam(defaultValue = "0") int version, @AuthenticationPrincipal PersonPrincipal user, Locale locale,
			Model model) {
		return change(businessId, user, locale, model, "size", AccountPanels.Forms.NONE,
				(team, company) -> accounts.classifySize(team, company, size, version));
	}

	@PostMapping("/dashboard/companies/{businessId}/financials")
	String recordFinancials(@PathVariable String businessId, @ModelAttribute("financials") FinancialsForm form,
			BindingResult binding, @AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		return change(businessId, user, locale, model, "financials", new AccountPanels.Forms(null, null, null, form),
				readable(binding,
						(team, company) -> financials.record(team, company, form.toNewFinancials(), user.personId())));
	}

	@PostMapping("/dashboard/companies/{businessId}/financials/{year}/remove")
	String removeFinancials(@PathVariable String businessId, @PathVariable int year,
			@RequestParam(defaultValue = "false") boolean confirm, @AuthenticationPrincipal PersonPrincipal user,
			Locale locale, Model model) {
		return change(businessId, user, locale, model, "financialsremoved-" + year, AccountPanels.Forms.NONE,
				(team, company) -> {
					if (!confirm) {
						throw new InvalidInputException("confirm", "dashboard.company.financials.confirmRemove", year);
					}
					financials.remove(team, company.businessId(), year);
				});
	}

	@PostMapping("/dashboard/companies/{businessId}/contacts")
	String logContact(@PathVariable String businessId, @ModelAttribute("contact") ContactForm form,
			BindingResult binding, @AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		return change(businessId, user, locale, model, "contact", new AccountPanels.Forms(form, null, null, null),
				readable(binding,
						(team, company) -> accounts.logContact(team, company, form.toNewContact(), user.personId())));
	}

	@PostMapping("/dashboard/companies/{businessId}/needs")
	String chartNeed(@PathVariable String businessId, @ModelAttribute("need") NeedForm form, BindingResult binding,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		return change(businessId, user, locale, model, "need", new AccountPanels.Forms(null, form, null, null),
				readable(binding, (team, company) -> needs.chart(team, company, form.toNewNeed(), user.personId())));
	}

	@PostMapping("/dashboard/companies/{businessId}/needs/{need}/status")
	String changeStatus(@PathVariable String businessId, @PathVariable UUID need,
			@RequestParam(required = false) @Nullable NeedStatus status, @RequestParam(defaultValue = "0") int version,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		return change(businessId, user, locale, model, "status-" + need, AccountPanels.Forms.NONE, (team,
				company) -> needs.changeStatus(team, need, requireChoice(status, "status"), version, user.personId()));
	}

	@PostMapping("/dashboard/companies/{businessId}/needs/{need}/referrals")
	String refer(@PathVariable String businessId, @PathVariable UUID need,
			@ModelAttribute("referral") ReferralForm form, BindingResult binding,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		var kept = new ReferralForm(need, form.service(), form.followUpOn(), form.version());
		return change(businessId, user, locale, model, "refer-" + need, new AccountPanels.Forms(null, null, kept, null),
				readable(binding,
						(team, company) -> needs.refer(team, need, requireChoice(form.service(), "service"),
								requireChoice(form.followUpOn(), "followUpOn"), Language.of(locale),
								form.version() == null ? 0 : form.version(), user.personId())));
	}

	@PostMapping("/dashboard/companies/{businessId}/referrals/{referral}/outcome")
	String recordOutcome(@PathVariable String businessId, @PathVariable UUID referral,
			@RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "false") boolean met,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		return change(businessId, user, locale, model, "outcome-" + referral, AccountPanels.Forms.NONE,
				(team, company) -> needs.recordOutcome(team, referral, outcome, met, user.personId()));
	}

	private String change(String businessId, PersonPrincipal user, Locale locale, Model model, String form,
			AccountPanels.Forms forms, Change change) {
		var company = company(businessId);
		var team = teams.teamOf(user.personId())
			.orElseThrow(() -> new AccessDeniedException("Account management belongs to a growth team"));
		try {
			change.apply(team.id(), new CompanyRef(company.businessId(), company.name(), company.industryCode()));
			var anchor = form.startsWith("contact") ? "contacts" : form.equals("manager") || form.equals("size")
					? "account" : form.startsWith("financials") ? "financials-heading" : "needs";
			return "redirect:/dashboard/companies/" + company.businessId() + "?saved=" + form.replaceAll("-.*", "")
					+ "#" + anchor;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", page(company, user.personId(), locale, forms, form, ex, null));
			return "dashboard/company";
		}
	}

	private CompanyPage page(RegisteredCompany company, PersonId viewer, Locale locale, AccountPanels.Forms forms,
			@Nullable String failed, @Nullable InvalidInputException error, @Nullable String saved) {
		var language = Language.of(locale);
		var industry = classifications.industry(company.industryCode(), language).map(found -> found.name());
		var municipality = classifications.municipality(company.municipalityCode(), language)
			.map(found -> found.name());
		var panel = teams.teamOf(viewer)
			.map(team -> panels.panel(team, company, viewer, forms, locale, LocalDate.now(clock)))
			.orElse(null);
		return new CompanyPage(company, industry.orElse("–"), municipality.orElse("–"), panel, failed, error, saved,
				favourites.button(viewer, Favourite.Kind.COMPANY, company.businessId(),
						"/dashboard/companies/" + company.businessId()),
				activity.of(company.businessId(), language));
	}

	private RegisteredCompany company(String businessId) {
		return registry.find(businessId).orElseThrow(() -> new NotFoundException("company " + businessId));
	}

	/**
	 * The change, after refusing a form whose values could not be read.
	 */
	private static Change readable(BindingResult binding, Change change) {
		return (team, company) -> {
			rejectUnreadable(binding);
			change.apply(team, company);
		};
	}

	private static void rejectUnreadable(BindingResult binding) {
		var error = binding.getFieldError();
		if (error != null) {
			throw new InvalidInputException(error.getField(), "validation.unreadable");
		}
	}

	private static <T> T requireChoice(@Nullable T value, String field) {
		if (value == null) {
			throw new InvalidInputException(field, "validation.choose");
		}
		return value;
	}

	private interface Change {

		void apply(fi.osaamo.organisation.OrganisationId team, CompanyRef company);

	}

}
