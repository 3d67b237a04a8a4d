package fi.osaamo.competence;

import java.util.Locale;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Notice;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class SharingController {

	private final SharingManagement sharing;

	private final CityTalents talents;

	private final MappingSharingPages pages;

	SharingController(SharingManagement sharing, CityTalents talents, MappingSharingPages pages) {
		this.sharing = sharing;
		this.talents = talents;
		this.pages = pages;
	}

	@GetMapping("/competence/sharing")
	String sharing(@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		model.addAttribute("page", pages.page(user, null, null, null, locale));
		return "competence/sharing";
	}

	@PostMapping("/competence/sharing")
	String share(@AuthenticationPrincipal PersonPrincipal user, @ModelAttribute CompanyShareForm form, Locale locale,
			Model model, RedirectAttributes redirect) {
		try {
			sharing.share(user.personId(), form.company(), form.ticked(), form.expiry());
			return Notice.redirect(redirect, "/competence/sharing", "sharing.notice.saved");
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", pages.page(user, ex, null, form, locale));
			return "competence/sharing";
		}
	}

	@PostMapping("/competence/sharing/requests/{id}")
	String answer(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean approve, RedirectAttributes redirect) {
		talents.answer(user.personId(), id, approve);
		return Notice.redirect(redirect, "/competence/sharing#requests",
				approve ? "talents.requests.notice.approved" : "talents.requests.notice.declined");
	}

}
