package fi.osaamo.organisation;

import java.io.IOException;
import java.util.Locale;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Lets an organisation's managers change its brand colour and logo.
 */
@Controller
class OrganisationBrandingController {

	private final OrganisationManagement organisations;

	private final OrganisationAccess access;

	private final Logos logos;

	private final OrganisationDetailPages pages;

	OrganisationBrandingController(OrganisationManagement organisations, OrganisationAccess access, Logos logos,
			OrganisationDetailPages pages) {
		this.organisations = organisations;
		this.access = access;
		this.logos = logos;
		this.pages = pages;
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
			return OrganisationDetailPages.render(model, pages.detail(user, id, primaryColour, ex, locale));
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
			return OrganisationDetailPages.render(model, pages.detail(user, id, null, ex, locale));
		}
	}

	@PostMapping("/organisations/{id}/logo/remove")
	String removeLogo(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId id) {
		access.requireManager(user, id);
		logos.remove(id);
		return "redirect:/organisations/" + id + "?logoRemoved#branding-heading";
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

}
