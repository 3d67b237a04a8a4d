package fi.osaamo.matching;

import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employee's side of task allocation: the suggestions about them, and contesting one.
 */
@Controller
class SuggestionController {

	private final Allocations allocations;

	private final AllocationReviews reviews;

	SuggestionController(Allocations allocations, AllocationReviews reviews) {
		this.allocations = allocations;
		this.reviews = reviews;
	}

	@GetMapping("/matching/suggestions")
	String mine(@AuthenticationPrincipal PersonPrincipal user, Model model) {
		model.addAttribute("suggestions", allocations.forPerson(user.personId()));
		return "matching/suggestions";
	}

	@PostMapping("/matching/suggestions/{id}/contest")
	String contest(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
		try {
			reviews.contest(user.personId(), id, text);
			redirect.addFlashAttribute("contested", true);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("allocationError", ex.messageKey());
		}
		return "redirect:/matching/suggestions#suggestion-" + id;
	}

}
