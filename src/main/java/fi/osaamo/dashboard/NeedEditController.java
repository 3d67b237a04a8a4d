package fi.osaamo.dashboard;

import java.util.UUID;

import fi.osaamo.companies.Need;
import fi.osaamo.companies.NeedChanges;
import fi.osaamo.companies.NeedManagement;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.platform.Notice;
import fi.osaamo.platform.StaleVersionException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Corrections of what a company's need is: its kind, description and urgency.
 */
@Controller
@PreAuthorize("hasAnyRole('GROWTH_TEAM', 'PLATFORM_ADMIN')")
class NeedEditController {

	private static final String VIEW = "dashboard/needEdit";

	private final CompanyScope scope;

	private final NeedManagement needs;

	private final NeedChanges changes;

	NeedEditController(CompanyScope scope, NeedManagement needs, NeedChanges changes) {
		this.scope = scope;
		this.needs = needs;
		this.changes = changes;
	}

	@GetMapping("/dashboard/companies/{businessId}/needs/{need}/edit")
	String edit(@PathVariable String businessId, @PathVariable UUID need, @AuthenticationPrincipal PersonPrincipal user,
			Model model) {
		var company = scope.of(businessId, user.personId());
		var found = require(company, need);
		model.addAttribute("page", new RecordEditPage<>(company.company(), need, found.version(), form(found), null));
		return VIEW;
	}

	@PostMapping("/dashboard/companies/{businessId}/needs/{need}")
	String correct(@PathVariable String businessId, @PathVariable UUID need, @ModelAttribute("form") NeedForm form,
			BindingResult binding, @RequestParam(defaultValue = "0") int version,
			@AuthenticationPrincipal PersonPrincipal user, Model model, RedirectAttributes redirect) {
		var company = scope.of(businessId, user.personId());
		var current = require(company, need).version();
		try {
			UnreadableFields.refuse(binding);
			var problems = new FormProblems();
			NeedChanges.check(problems, form.toNewNeed());
			problems.throwIfAny();
			changes.correct(company.teamId(), businessId, need, form.toNewNeed(), version, user.personId());
			return Notice.redirect(redirect, company.page("need-" + need), "dashboard.needs.notice.corrected");
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", new RecordEditPage<>(company.company(), need,
					ex instanceof StaleVersionException ? current : version, form, ex));
			return VIEW;
		}
	}

	private Need require(CompanyScope.Scoped company, UUID need) {
		return needs.findNeed(company.teamId(), need)
			.filter(candidate -> candidate.businessId().equals(company.businessId()))
			.orElseThrow(() -> new NotFoundException("need " + need));
	}

	private static NeedForm form(Need need) {
		return new NeedForm(need.kind(), need.description(), need.urgency());
	}

}
