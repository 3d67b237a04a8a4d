package fi.osaamo.competence;

import java.util.Locale;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Notice;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Development dialogues: HR records them on a shared mapping's page, and the employee and
 * HR comment on them.
 */
@Controller
class DialogueController {

	private final DialogueManagement dialogues;

	private final SharedMappingPages pages;

	DialogueController(DialogueManagement dialogues, SharedMappingPages pages) {
		this.dialogues = dialogues;
		this.pages = pages;
	}

	/**
	 * HR records a development dialogue; a refused one comes back with every field as
	 * typed.
	 */
	@PostMapping("/competence/shared/{organisation}/{person}/dialogues")
	String record(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID organisation,
			@PathVariable UUID person, @ModelAttribute DialogueForm form, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			save(user, organisation, person, form);
			return Notice.redirect(redirect, dialoguesOf(organisation, person), "dialogue.notice.recorded");
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", pages.page(user, organisation, person, form, ex, locale));
			return "competence/sharedPerson";
		}
	}

	private static String dialoguesOf(UUID organisation, UUID person) {
		return "/competence/shared/" + organisation + "/" + person + "#dialogues-heading";
	}

	private void save(PersonPrincipal user, UUID organisation, UUID person, DialogueForm form) {
		var problems = new FormProblems();
		var heldOn = problems.read(form::heldOnDate);
		var followUpOn = problems.read(form::followUpDate);
		problems.throwIfAny();
		dialogues.record(user.personId(), new OrganisationId(organisation), new PersonId(person), heldOn, form.agreed(),
				form.nextSteps(), followUpOn, form.planItems());
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
			return refused(redirect, target, ex);
		}
	}

	private static String refused(RedirectAttributes redirect, String target, InvalidInputException refusal) {
		redirect.addFlashAttribute("dialogueError", refusal.messageKey());
		return "redirect:" + target;
	}

}
