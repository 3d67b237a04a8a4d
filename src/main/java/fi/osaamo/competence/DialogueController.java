package fi.osaamo.competence;

import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Notice;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Employees and HR comment on the development dialogues they share.
 */
@Controller
class DialogueController {

	private final DialogueManagement dialogues;

	DialogueController(DialogueManagement dialogues) {
		this.dialogues = dialogues;
	}

	@PostMapping("/competence/dialogues/{id}/comments")
	String comment(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String comment, @RequestParam(defaultValue = "/competence") String back,
			RedirectAttributes redirect) {
		var target = (back.startsWith("/competence") ? back : "/competence") + "#dialogues-heading";
		try {
			dialogues.comment(user.personId(), id, comment);
			return Notice.redirect(redirect, target, "dialogue.notice.commented");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("dialogueError", ex.messageKey());
			return "redirect:" + target;
		}
	}

}
