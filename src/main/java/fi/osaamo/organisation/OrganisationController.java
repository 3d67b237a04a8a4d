package fi.osaamo.organisation;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
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
 * Lists organisations, creates them, shows one and takes the answers to invitations.
 */
@Controller
class OrganisationController {

	static final int PAGE_SIZE = 20;

	private final OrganisationManagement organisations;

	private final OrganisationAccess access;

	private final ClassificationManagement classifications;

	private final Invitations invitations;

	private final OrganisationDetailPages pages;

	OrganisationController(OrganisationManagement organisations, OrganisationAccess access,
			ClassificationManagement classifications, Invitations invitations, OrganisationDetailPages pages) {
		this.organisations = organisations;
		this.access = access;
		this.classifications = classifications;
		this.invitations = invitations;
		this.pages = pages;
	}

	@GetMapping("/organisations")
	String list(@AuthenticationPrincipal PersonPrincipal user, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable OrganisationType type, @RequestParam(defaultValue = "0") int page,
			Model model) {
		var admin = organisations.isPlatformAdmin(user.personId());
		var result = admin ? organisations.list(q, type, Math.max(page, 0), PAGE_SIZE) : null;
		model.addAttribute("page",
				new OrganisationListPage(admin, q, type, result,
						admin ? List.of() : organisations.membershipsOf(user.personId()),
						invitations.toPerson(user.personId())));
		return "organisation/list";
	}

	@PostMapping("/organisations/invitations/{invitation}")
	String answer(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID invitation,
			@RequestParam boolean accept) {
		var organisation = invitations.answer(user.personId(), invitation, accept);
		return accept ? "redirect:/organisations/" + organisation + "?joined"
				: "redirect:/organisations?declined#invitations";
	}

	@GetMapping("/organisations/new")
	String createForm(@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		access.requirePlatformAdmin(user);
		model.addAttribute("form", OrganisationForm.empty());
		model.addAttribute("errors", null);
		addChoices(model, locale);
		return "organisation/form";
	}

	@PostMapping("/organisations")
	String create(@AuthenticationPrincipal PersonPrincipal user, @Valid @ModelAttribute("form") OrganisationForm form,
			BindingResult errors, Locale locale, Model model) {
		access.requirePlatformAdmin(user);
		var created = errors.hasErrors() ? null : created(form, errors);
		if (created != null) {
			return "redirect:/organisations/" + created.id() + "?created";
		}
		model.addAttribute("errors", errors);
		addChoices(model, locale);
		return "organisation/form";
	}

	@GetMapping("/organisations/{id}")
	String show(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId id, Locale locale,
			Model model) {
		access.requireMember(user, id);
		model.addAttribute("page", pages.detail(user, id, null, null, locale));
		return "organisation/detail";
	}

	/** The organisation created from the form, or none when the form was refused. */
	private @Nullable Organisation created(OrganisationForm form, BindingResult errors) {
		try {
			return organisations.create(form.toNewOrganisation());
		}
		catch (InvalidInputException ex) {
			errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
			return null;
		}
	}

	private void addChoices(Model model, Locale locale) {
		var language = Language.of(locale);
		model.addAttribute("municipalities", classifications.municipalities(language));
		model.addAttribute("industries", classifications.industries(language));
	}

}
