package fi.osaamo.account;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ProfileController {

	private final IdentityManagement identities;

	private final OrganisationManagement organisations;

	ProfileController(IdentityManagement identities, OrganisationManagement organisations) {
		this.identities = identities;
		this.organisations = organisations;
	}

	@GetMapping("/account")
	String profile(@AuthenticationPrincipal PersonPrincipal user, Model model) {
		var person = identities.personalData(user.personId(), user.personId(), "own profile")
			.orElseThrow(() -> new NotFoundException("person"));
		model.addAttribute("page", new ProfilePage(person, organisations.membershipsOf(user.personId()),
				identities.accessLog(user.personId(), 20)));
		return "account/profile";
	}

}
