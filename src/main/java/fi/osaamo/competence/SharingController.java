package fi.osaamo.competence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SharingController {

	private final SharingManagement sharing;

	private final CompetenceManagement competence;

	private final Clock clock;

	SharingController(SharingManagement sharing, CompetenceManagement competence, Clock clock) {
		this.sharing = sharing;
		this.competence = competence;
		this.clock = clock;
	}

	@GetMapping("/competence/sharing")
	String sharing(@AuthenticationPrincipal PersonPrincipal user, Model model) {
		model.addAttribute("page", page(user, null));
		return "competence/sharing";
	}

	@PostMapping("/competence/sharing")
	String share(@AuthenticationPrincipal PersonPrincipal user, @RequestParam UUID organisation,
			@RequestParam(required = false) @Nullable List<Section> sections, @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiresOn,
			Model model) {
		try {
			sharing.share(user.personId(), new OrganisationId(organisation),
					sections == null || sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections),
					expiresOn);
			return "redirect:/competence/sharing?saved";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", page(user, ex));
			return "competence/sharing";
		}
	}

	private SharingPage page(PersonPrincipal user, @Nullable InvalidInputException error) {
		return new SharingPage(sharing.companiesOf(user.personId()), sharing.grants(user.personId()),
				LocalDate.now(clock), error, competence.hasMapping(user.personId()));
	}

}
