package fi.osaamo.organisation;

import java.io.IOException;
import java.util.List;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class OrganisationController {

	static final int PAGE_SIZE = 20;

	private final OrganisationManagement organisations;

	private final OrganisationAccess access;

	OrganisationController(OrganisationManagement organisations, OrganisationAccess access) {
		this.organisations = organisations;
		this.access = access;
	}

	@GetMapping("/organisations")
	String list(@AuthenticationPrincipal PersonPrincipal user, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable OrganisationType type, @RequestParam(defaultValue = "0") int page,
			Model model) {
		var admin = organisations.isPlatformAdmin(user.personId());
		var result = admin ? organisations.list(q, type, Math.max(page, 0), PAGE_SIZE) : null;
		model.addAttribute("page", new OrganisationListPage(admin, q, type, result,
				admin ? List.of() : organisations.membershipsOf(user.personId())));
		return "organisation/list";
	}

	@GetMapping("/organisations/new")
	String createForm(@AuthenticationPrincipal PersonPrincipal user, Model model) {
		access.requirePlatformAdmin(user);
		model.addAttribute("form", OrganisationForm.empty());
		model.addAttribute("errors", null);
		return "organisation/form";
	}

	@PostMapping("/organisations")
	String create(@AuthenticationPrincipal PersonPrincipal user, @Valid @ModelAttribute("form") OrganisationForm form,
			BindingResult errors, Model model) {
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
		return "organisation/form";
	}

	@GetMapping("/organisations/{id}")
	String show(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId id, Model model) {
		access.requireMember(user, id);
		var organisation = organisations.require(id);
		var members = access.maySeeMembers(user, id) ? organisations.members(id) : List.<Member>of();
		model.addAttribute("page", new OrganisationDetailPage(organisation, members, access.maySeeMembers(user, id),
				access.mayManage(user, id), null, null));
		return "organisation/detail";
	}

	@PostMapping("/organisations/{id}/colour")
	String changeColour(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId id,
			@RequestParam(defaultValue = "") String primaryColour, @RequestParam int version, Model model,
			RedirectAttributes redirect) {
		access.requireManager(user, id);
		try {
			organisations.changeColour(id, primaryColour, version);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/organisations/" + id + "?saved";
		}
		catch (InvalidInputException ex) {
			return showWithError(user, id, primaryColour, ex, model);
		}
	}

	@PostMapping("/organisations/{id}/logo")
	String changeLogo(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId id,
			@RequestParam("logo") MultipartFile logo, Model model) throws IOException {
		access.requireManager(user, id);
		try {
			organisations.changeLogo(id, logo.getBytes(), String.valueOf(logo.getContentType()));
			return "redirect:/organisations/" + id + "?saved";
		}
		catch (InvalidInputException ex) {
			return showWithError(user, id, null, ex, model);
		}
	}

	private String showWithError(PersonPrincipal user, OrganisationId id, @Nullable String colour,
			InvalidInputException ex, Model model) {
		var organisation = organisations.require(id);
		model.addAttribute("page",
				new OrganisationDetailPage(organisation,
						access.maySeeMembers(user, id) ? organisations.members(id) : List.of(),
						access.maySeeMembers(user, id), true, colour, ex));
		return "organisation/detail";
	}

}
