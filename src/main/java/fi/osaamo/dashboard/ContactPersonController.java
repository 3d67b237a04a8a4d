package fi.osaamo.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import fi.osaamo.companies.ContactPerson;
import fi.osaamo.companies.ContactPersons;
import fi.osaamo.companies.NewContactPerson;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A company's contact persons in the user's team: add, edit and remove. A refused form
 * keeps what was typed and shows every problem beside its field.
 */
@Controller
@PreAuthorize("hasAnyRole('GROWTH_TEAM', 'PLATFORM_ADMIN')")
class ContactPersonController {

	private static final String VIEW = "dashboard/contactPerson";

	private final CompanyScope scope;

	private final ContactPersons persons;

	private final Clock clock;

	ContactPersonController(CompanyScope scope, ContactPersons persons, Clock clock) {
		this.scope = scope;
		this.persons = persons;
		this.clock = clock;
	}

	@GetMapping("/dashboard/companies/{businessId}/persons/new")
	String create(@PathVariable String businessId, @AuthenticationPrincipal PersonPrincipal user, Model model) {
		var company = scope.of(businessId, user.personId());
		model.addAttribute("page",
				new ContactPersonPage(company.company(), null, 0, ContactPersonForm.empty(LocalDate.now(clock)), null));
		return VIEW;
	}

	@PostMapping("/dashboard/companies/{businessId}/persons")
	String add(@PathVariable String businessId, @ModelAttribute("form") ContactPersonForm form,
			@AuthenticationPrincipal PersonPrincipal user, Model model, RedirectAttributes redirect) {
		var company = scope.of(businessId, user.personId());
		try {
			persons.add(company.teamId(), company.ref(), checked(form), user.personId());
			return Notice.redirect(redirect, company.page("contact-persons"), "dashboard.persons.notice.added",
					form.name().strip());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", new ContactPersonPage(company.company(), null, 0, form, ex));
			return VIEW;
		}
	}

	@GetMapping("/dashboard/companies/{businessId}/persons/{id}/edit")
	String edit(@PathVariable String businessId, @PathVariable UUID id, @AuthenticationPrincipal PersonPrincipal user,
			Model model) {
		var company = scope.of(businessId, user.personId());
		var person = require(company, id);
		model.addAttribute("page",
				new ContactPersonPage(company.company(), id, person.version(), ContactPersonForm.of(person), null));
		return VIEW;
	}

	@PostMapping("/dashboard/companies/{businessId}/persons/{id}")
	String change(@PathVariable String businessId, @PathVariable UUID id,
			@ModelAttribute("form") ContactPersonForm form, @RequestParam(defaultValue = "0") int version,
			@AuthenticationPrincipal PersonPrincipal user, Model model, RedirectAttributes redirect) {
		var company = scope.of(businessId, user.personId());
		var current = require(company, id).version();
		try {
			persons.change(company.teamId(), businessId, id, checked(form), version, user.personId());
			return Notice.redirect(redirect, company.page("contact-persons"), "dashboard.persons.notice.saved",
					form.name().strip());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", new ContactPersonPage(company.company(), id,
					ex instanceof StaleVersionException ? current : version, form, ex));
			return VIEW;
		}
	}

	@PostMapping("/dashboard/companies/{businessId}/persons/{id}/remove")
	String remove(@PathVariable String businessId, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean confirm, @RequestParam(defaultValue = "0") int version,
			@AuthenticationPrincipal PersonPrincipal user, Model model, RedirectAttributes redirect) {
		var company = scope.of(businessId, user.personId());
		var person = require(company, id);
		try {
			if (!confirm) {
				throw new InvalidInputException("confirm", "dashboard.persons.confirmRemove", person.name());
			}
			persons.remove(company.teamId(), businessId, id, version);
			return Notice.redirect(redirect, company.page("contact-persons"), "dashboard.persons.notice.removed",
					person.name());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page",
					new ContactPersonPage(company.company(), id, person.version(), ContactPersonForm.of(person), ex));
			return VIEW;
		}
	}

	private ContactPerson require(CompanyScope.Scoped company, UUID id) {
		return persons.findPerson(company.teamId(), company.businessId(), id)
			.orElseThrow(() -> new NotFoundException("contact person " + id));
	}

	/**
	 * The details, after every problem of the form was found at once.
	 */
	private NewContactPerson checked(ContactPersonForm form) {
		var problems = new FormProblems();
		var person = form.read(problems);
		ContactPersons.check(problems, person, LocalDate.now(clock));
		problems.throwIfAny();
		return person;
	}

}
