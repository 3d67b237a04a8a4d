package fi.osaamo.competence;

import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.platform.Notice;
import org.jspecify.annotations.Nullable;
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

	private static final String TAB = "/competence/background";

	private final CompetenceManagement competence;

	private final BackgroundEntries entries;

	BackgroundController(CompetenceManagement competence, BackgroundEntries entries) {
		this.competence = competence;
		this.entries = entries;
	}

	@GetMapping(TAB)
	String background(@AuthenticationPrincipal PersonPrincipal user, Model model) {
		return show(user, "", EntryForm.EMPTY, null, null, null, model);
	}

	@GetMapping("/competence/education/{id}/edit")
	String editEducation(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, Model model) {
		var entry = mapping(user).education().stream().filter(education -> education.id().equals(id)).findFirst();
		return show(user, "education", entry.map(EntryForm::of).orElseThrow(() -> new NotFoundException("entry " + id)),
				id, null, null, model);
	}

	@GetMapping("/competence/work/{id}/edit")
	String editWork(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, Model model) {
		var entry = mapping(user).work().stream().filter(work -> work.id().equals(id)).findFirst();
		return show(user, "work", entry.map(EntryForm::of).orElseThrow(() -> new NotFoundException("entry " + id)), id,
				null, null, model);
	}

	@PostMapping("/competence/education")
	String addEducation(@AuthenticationPrincipal PersonPrincipal user, EntryForm entry, @RequestParam int version,
			Model model, RedirectAttributes redirect) {
		return saveEducation(user, null, entry, version, model, redirect);
	}

	@PostMapping("/competence/education/{id}")
	String changeEducation(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, EntryForm entry,
			@RequestParam int version, Model model, RedirectAttributes redirect) {
		return saveEducation(user, id, entry, version, model, redirect);
	}

	@PostMapping("/competence/work")
	String addWork(@AuthenticationPrincipal PersonPrincipal user, EntryForm entry, @RequestParam int version,
			Model model, RedirectAttributes redirect) {
		return saveWork(user, null, entry, version, model, redirect);
	}

	@PostMapping("/competence/work/{id}")
	String changeWork(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, EntryForm entry,
			@RequestParam int version, Model model, RedirectAttributes redirect) {
		return saveWork(user, id, entry, version, model, redirect);
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
			return show(user, "", EntryForm.EMPTY, null, null, ex, model);
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
			return show(user, "", EntryForm.EMPTY, null, summary, ex, model);
		}
	}

	private String saveEducation(PersonPrincipal user, @Nullable UUID id, EntryForm entry, int version, Model model,
			RedirectAttributes redirect) {
		try {
			var problems = new FormProblems();
			var year = EntryForm.year(problems, "completedYear", entry.year());
			MappingChecks.checkEducation(problems, entry.title(), entry.place(), year);
			problems.throwIfAny();
			if (id == null) {
				competence.addEducation(user.personId(), entry.title(), entry.place(), year, version);
			}
			else {
				entries.changeEducation(user.personId(), id, entry.title(), entry.place(), year, version);
			}
			return Notice.redirect(redirect, TAB + "#education-heading",
					id == null ? "competence.added.education" : "competence.changed.education", entry.title().strip());
		}
		catch (InvalidInputException ex) {
			return show(user, "education", entry, id, null, ex, model);
		}
	}

	private String saveWork(PersonPrincipal user, @Nullable UUID id, EntryForm entry, int version, Model model,
			RedirectAttributes redirect) {
		try {
			var problems = new FormProblems();
			var start = EntryForm.year(problems, "startYear", entry.startYear());
			var end = EntryForm.year(problems, "endYear", entry.endYear());
			MappingChecks.checkWork(problems, entry.title(), entry.place(), start, end);
			problems.throwIfAny();
			if (id == null) {
				competence.addWork(user.personId(), entry.title(), entry.place(), start, end, version);
			}
			else {
				entries.changeWork(user.personId(), id, entry.title(), entry.place(), start, end, version);
			}
			return Notice.redirect(redirect, TAB + "#work-heading",
					id == null ? "competence.added.work" : "competence.changed.work", entry.title().strip());
		}
		catch (InvalidInputException ex) {
			return show(user, "work", entry, id, null, ex, model);
		}
	}

	private String show(PersonPrincipal user, String kind, EntryForm entry, @Nullable UUID editing,
			@Nullable String summary, @Nullable InvalidInputException error, Model model) {
		var mapping = competence.mapping(user.personId());
		if (mapping.isEmpty()) {
			return "redirect:/competence";
		}
		var saved = mapping.get().summary();
		model.addAttribute("page", new BackgroundPage(mapping.get(), kind, entry, editing,
				summary != null ? summary : saved == null ? "" : saved, error));
		return "competence/background";
	}

	private Mapping mapping(PersonPrincipal user) {
		return competence.mapping(user.personId()).orElseThrow(() -> new NotFoundException("mapping"));
	}

}
