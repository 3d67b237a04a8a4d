package fi.osaamo.organisation;

import java.io.IOException;
import java.util.List;

import java.util.Locale;
import java.util.UUID;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.identity.PersonId;
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
import org.springframework.web.multipart.MultipartFile;

@Controller
class OrganisationController {

	static final int PAGE_SIZE = 20;

	private final OrganisationManagement organisations;

	private final OrganisationAccess access;

	private final ClassificationManagement classifications;

	private final Invitations invitations;

	private final Logos logos;

	OrganisationController(OrganisationManagement organisations, OrganisationAccess access,
			ClassificationManagement classifications, Invitations invitations, Logos logos) {
		this.organisations = organisations;
		this.access = access;
		this.classifications = classifications;
		this.invitations = invitations;
		this.logos = logos;
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
		if (!errors.hasErrors()) {
			try {
				var created = organisations.create(form.toNewOrganisation());
				return "redirect:/organisations/" + created.id() + "?created";
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		model.addAttribute("errors", errors);
		addChoices(model, locale);
		return "organisation/form";
	}

	@GetMapping("/organisations/{id}")
	String show(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId id, Locale locale,
			Model model) {
		access.requireMember(user, id);
		model.addAttribute("page", detail(user, id, null, null, locale));
		return "organisation/detail";
	}

	@PostMapping("/organisations/{id}/colour")
	String changeColour(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId id,
			@RequestParam(defaultValue = "") String primaryColour, @RequestParam int version, Locale locale,
			Model model) {
		access.requireManager(user, id);
		try {
			organisations.changeColour(id, primaryColour, version);
			return "redirect:/organisations/" + id + "?saved";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", detail(user, id, primaryColour, ex, locale));
			return "organisation/detail";
		}
	}

	@PostMapping("/organisations/{id}/logo")
	String changeLogo(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId id,
			@RequestParam(name = "logo", required = false) @Nullable MultipartFile logo, Locale locale, Model model)
			throws IOException {
		access.requireManager(user, id);
		try {
			logos.change(id, upload(logo));
			return "redirect:/organisations/" + id + "?logoSaved#branding-heading";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", detail(user, id, null, ex, locale));
			return "organisation/detail";
		}
	}

	@PostMapping("/organisations/{id}/logo/remove")
	String removeLogo(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId id) {
		access.requireManager(user, id);
		logos.remove(id);
		return "redirect:/organisations/" + id + "?logoRemoved#branding-heading";
	}

	@PostMapping("/organisations/{id}/members")
	String invite(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId id,
			@RequestParam(defaultValue = "") String username, @RequestParam(required = false) @Nullable Role role,
			Locale locale, Model model) {
		access.requireManager(user, id);
		try {
			if (username.isBlank() || username.length() > 64) {
				throw new InvalidInputException("username", "validation.username.unknown");
			}
			if (role == null) {
				throw new InvalidInputException("role", "validation.choose");
			}
			invitations.invite(id, username, role, user.personId());
			return "redirect:/organisations/" + id + "?invited#invitations-heading";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", detail(user, id, null, ex, locale).withEntered(username, role));
			return "organisation/detail";
		}
	}

	@PostMapping("/organisations/{id}/invitations/{invitation}/withdraw")
	String withdraw(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId id,
			@PathVariable UUID invitation) {
		access.requireManager(user, id);
		invitations.withdraw(id, invitation);
		return "redirect:/organisations/" + id + "?withdrawn#invitations-heading";
	}

	@PostMapping("/organisations/{id}/members/remove")
	String removeMember(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId id,
			@RequestParam UUID person, @RequestParam Role role, Locale locale, Model model) {
		access.requireManager(user, id);
		try {
			organisations.removeMember(id, new PersonId(person), role, user.personId());
			return "redirect:/organisations/" + id + "?memberRemoved#members-heading";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", detail(user, id, null, ex, locale));
			return "organisation/detail";
		}
	}

	private OrganisationDetailPage detail(PersonPrincipal user, OrganisationId id, @Nullable String colour,
			@Nullable InvalidInputException error, Locale locale) {
		var organisation = organisations.require(id);
		var language = Language.of(locale);
		var showMembers = access.maySeeMembers(user, id);
		var mayManage = access.mayManage(user, id);
		return new OrganisationDetailPage(organisation, showMembers ? organisations.members(id) : List.of(),
				showMembers, mayManage, mayManage ? invitations.ofOrganisation(id) : List.of(), colour, error,
				classifications.municipality(organisation.municipalityCode(), language).orElse(null),
				classifications.industry(organisation.industryCode(), language).orElse(null), "", null);
	}

	/** The uploaded bytes; a file over the limit is refused before it is read. */
	private static byte[] upload(@Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			return new byte[0];
		}
		if (file.getSize() > LogoImage.MAX_BYTES) {
			throw new InvalidInputException("logo", "validation.logo.size", LogoImage.MAX_MEGABYTES);
		}
		return file.getBytes();
	}

	private void addChoices(Model model, Locale locale) {
		var language = Language.of(locale);
		model.addAttribute("municipalities", classifications.municipalities(language));
		model.addAttribute("industries", classifications.industries(language));
	}

}
