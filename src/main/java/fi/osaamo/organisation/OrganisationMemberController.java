package fi.osaamo.organisation;

import static fi.osaamo.organisation.OrganisationDetailPages.render;

import java.util.Locale;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Lets an organisation's managers invite members, withdraw invitations and take roles
 * away.
 */
@Controller
class OrganisationMemberController {

	private final OrganisationManagement organisations;

	private final OrganisationAccess access;

	private final Invitations invitations;

	private final OrganisationDetailPages pages;

	OrganisationMemberController(OrganisationManagement organisations, OrganisationAccess access,
			Invitations invitations, OrganisationDetailPages pages) {
		this.organisations = organisations;
		this.access = access;
		this.invitations = invitations;
		this.pages = pages;
	}

	@PostMapping("/organisations/{id}/members")
	String invite(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId id,
			@RequestParam(defaultValue = "") String username, @RequestParam(required = false) @Nullable Role role,
			Locale locale, Model model) {
		access.requireManager(user, id);
		try {
			invitations.invite(id, username, checkedRole(username, role), user.personId());
			return "redirect:/organisations/" + id + "?invited#invitations-heading";
		}
		catch (InvalidInputException ex) {
			return render(model, pages.detail(user, id, null, ex, locale).withEntered(username, role));
		}
	}

	/** The chosen role, once the user name looks like one. */
	private static Role checkedRole(String username, @Nullable Role role) {
		if (username.isBlank() || username.length() > 64) {
			throw new InvalidInputException("username", "validation.username.unknown");
		}
		if (role == null) {
			throw new InvalidInputException("role", "validation.choose");
		}
		return role;
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
			return render(model, pages.detail(user, id, null, ex, locale));
		}
	}

}
