package fi.osaamo.competence;

import java.time.LocalDate;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class DialogueController {

	private final DialogueManagement dialogues;

	DialogueController(DialogueManagement dialogues) {
		this.dialogues = dialogues;
	}

	@PostMapping("/competence/shared/{organisation}/{person}/dialogues")
	String record(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID organisation,
			@PathVariable UUID person,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
			@RequestParam(defaultValue = "") String agreed, @RequestParam(defaultValue = "") String nextSteps,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate followUpOn,
			@RequestParam(name = "plan", required = false) java.util.@Nullable List<String> planItems,
			RedirectAttributes redirect) {
		var target = "redirect:/competence/shared/" + organisation + "/" + person + "#dialogues-heading";
		try {
			dialogues.record(user.personId(), new OrganisationId(organisation), new PersonId(person), heldOn, agreed,
					nextSteps, followUpOn, planItems == null ? java.util.List.of() : planItems);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("dialogueError", ex.messageKey());
			redirect.addFlashAttribute("dialogueAgreed", agreed);
			redirect.addFlashAttribute("dialogueNextSteps", nextSteps);
		}
		return target;
	}

	@PostMapping("/competence/dialogues/{id}/comments")
	String comment(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String comment, @RequestParam(defaultValue = "/competence") String back,
			RedirectAttributes redirect) {
		try {
			dialogues.comment(user.personId(), id, comment);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("dialogueError", ex.messageKey());
		}
		return "redirect:" + (back.startsWith("/competence") ? back : "/competence") + "#dialogues-heading";
	}

}
