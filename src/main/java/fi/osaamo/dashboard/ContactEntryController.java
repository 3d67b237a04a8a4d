package fi.osaamo.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import fi.osaamo.companies.ContactEntry;
import fi.osaamo.companies.ContactLog;
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
 * Corrections of a company's contact-log entries, by whoever in the team may read the
 * entry's notes.
 */
@Controller
@PreAuthorize("hasAnyRole('GROWTH_TEAM', 'PLATFORM_ADMIN')")
class ContactEntryController {

	private static final String VIEW = "dashboard/contactEntry";

	private final CompanyScope scope;

	private final ContactLog log;

	private final Clock clock;

	ContactEntryController(CompanyScope scope, ContactLog log, Clock clock) {
		this.scope = scope;
		this.log = log;
		this.clock = clock;
	}

	@GetMapping("/dashboard/companies/{businessId}/contacts/{id}/edit")
	String edit(@PathVariable String businessId, @PathVariable UUID id, @AuthenticationPrincipal PersonPrincipal user,
			Model model) {
		var company = scope.of(businessId, user.personId());
		var entry = require(company, id, user);
		model.addAttribute("page", new RecordEditPage<>(company.company(), id, entry.version(), form(entry), null));
		return VIEW;
	}

	@PostMapping("/dashboard/companies/{businessId}/contacts/{id}")
	String correct(@PathVariable String businessId, @PathVariable UUID id, @ModelAttribute("form") ContactForm form,
			BindingResult binding, @RequestParam(defaultValue = "0") int version,
			@AuthenticationPrincipal PersonPrincipal user, Model model, RedirectAttributes redirect) {
		var company = scope.of(businessId, user.personId());
		var current = require(company, id, user).version();
		try {
			UnreadableFields.refuse(binding);
			var problems = new FormProblems();
			ContactLog.check(problems, form.toNewContact(), LocalDate.now(clock));
			problems.throwIfAny();
			log.correct(company.teamId(), businessId, id, form.toNewContact(), version, user.personId());
			return Notice.redirect(redirect, company.page("contacts"), "dashboard.contacts.notice.corrected");
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", new RecordEditPage<>(company.company(), id,
					ex instanceof StaleVersionException ? current : version, form, ex));
			return VIEW;
		}
	}

	private ContactEntry require(CompanyScope.Scoped company, UUID id, PersonPrincipal user) {
		return log.findEntry(company.teamId(), company.businessId(), id, user.personId())
			.filter(ContactEntry::correctable)
			.orElseThrow(() -> new NotFoundException("contact " + id));
	}

	private static ContactForm form(ContactEntry entry) {
		return new ContactForm(entry.occurredOn(), entry.channel(), entry.participants(), entry.notes(),
				entry.topicsText(), entry.confidential());
	}

}
