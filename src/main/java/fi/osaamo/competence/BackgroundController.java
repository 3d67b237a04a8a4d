package fi.osaamo.competence;

import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.platform.Notice;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mapping's education and work tab: entries are added, corrected and removed, and the
 * summary is written; a refused form keeps what was typed and shows every problem.
 */
@Controller
class BackgroundController {

	static final String TAB = "/competence/background";

	private final CompetenceManagement competence;

	private final MappingBackgroundPages pages;

	BackgroundController(CompetenceManagement competence, MappingBackgroundPages pages) {
		this.competence = competence;
		this.pages = pages;
	}

	@GetMapping(TAB)
	String background(@AuthenticationPrincipal PersonPrincipal user, Model model) {
		return pages.show(user, "", EntryForm.EMPTY, null, null, null, model);
	}

	@GetMapping("/competence/education/{id}/edit")
	String editEducation(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, Model model) {
		var entry = mapping(user).education().stream().filter(education -> education.id().equals(id)).findFirst();
		return pages.show(user, "education",
				entry.map(EntryForm::of).orElseThrow(() -> new NotFoundException("entry " + id)), id, null, null,
				model);
	}

	@GetMapping("/competence/work/{id}/edit")
	String editWork(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, Model model) {
		var entry = mapping(user).work().stream().filter(work -> work.id().equals(id)).findFirst();
		return pages.show(user, "work",
				entry.map(EntryForm::of).orElseThrow(() -> new NotFoundException("entry " + id)), id, null, null,
				model);
	}

	@PostMapping("/competence/education/remove")
	String removeEducation(@AuthenticationPrincipal PersonPrincipal user, @RequestParam UUID id,
			@RequestParam int version, Model model, RedirectAttributes redirect) {
		return remove(user, "education", () -> competence.removeEducation(user.personId(), id, version), model,
				redirect);
	}

	@PostMapping("/competence/work/remove")
	String removeWork(@AuthenticationPrincipal PersonPrincipal user, @RequestParam UUID id, @RequestParam int version,
			Model model, RedirectAttributes redirect) {
		return remove(user, "work", () -> competence.removeWork(user.personId(), id, version), model, redirect);
	}

	private String remove(PersonPrincipal user, String kind, Runnable removal, Model model,
			RedirectAttributes redirect) {
		try {
			removal.run();
			return Notice.redirect(redirect, TAB + "#" + kind + "-heading", "notice.removed");
		}
		catch (InvalidInputException ex) {
			return pages.show(user, "", EntryForm.EMPTY, null, null, ex, model);
		}
	}

	@PostMapping("/competence/summary")
	String saveSummary(@AuthenticationPrincipal PersonPrincipal user, @RequestParam(defaultValue = "") String summary,
			@RequestParam int version, Model model, RedirectAttributes redirect) {
		try {
			competence.saveSummary(user.personId(), summary, version);
			return Notice.redirect(redirect, TAB + "#summary-heading", "competence.notice.summary");
		}
		catch (InvalidInputException ex) {
			return pages.show(user, "", EntryForm.EMPTY, null, summary, ex, model);
		}
	}

	private Mapping mapping(PersonPrincipal user) {
		return competence.mapping(user.personId()).orElseThrow(() -> new NotFoundException("mapping"));
	}

}
