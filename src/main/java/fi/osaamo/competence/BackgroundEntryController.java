package fi.osaamo.competence;

import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Notice;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adds and corrects the education and work-history entries on the mapping's background
 * tab; a refused entry keeps what was typed and shows every problem.
 */
@Controller
class BackgroundEntryController {

	private static final String TAB = BackgroundController.TAB;

	private final CompetenceManagement competence;

	private final BackgroundEntries entries;

	private final MappingBackgroundPages pages;

	BackgroundEntryController(CompetenceManagement competence, BackgroundEntries entries,
			MappingBackgroundPages pages) {
		this.competence = competence;
		this.entries = entries;
		this.pages = pages;
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

	private String saveEducation(PersonPrincipal user, @Nullable UUID id, EntryForm entry, int version, Model model,
			RedirectAttributes redirect) {
		try {
			storeEducation(user, id, entry, version);
			return Notice.redirect(redirect, TAB + "#education-heading",
					id == null ? "competence.added.education" : "competence.changed.education", entry.title().strip());
		}
		catch (InvalidInputException ex) {
			return pages.show(user, "education", entry, id, null, ex, model);
		}
	}

	private void storeEducation(PersonPrincipal user, @Nullable UUID id, EntryForm entry, int version) {
		var year = entry.checkedEducationYear();
		if (id == null) {
			competence.addEducation(user.personId(), entry.title(), entry.place(), year, version);
		}
		else {
			entries.changeEducation(user.personId(), id, entry.title(), entry.place(), year, version);
		}
	}

	private String saveWork(PersonPrincipal user, @Nullable UUID id, EntryForm entry, int version, Model model,
			RedirectAttributes redirect) {
		try {
			storeWork(user, id, entry, entry.checkedWorkYears(), version);
			return Notice.redirect(redirect, TAB + "#work-heading",
					id == null ? "competence.added.work" : "competence.changed.work", entry.title().strip());
		}
		catch (InvalidInputException ex) {
			return pages.show(user, "work", entry, id, null, ex, model);
		}
	}

	private void storeWork(PersonPrincipal user, @Nullable UUID id, EntryForm entry, EntryForm.Years years,
			int version) {
		if (id == null) {
			competence.addWork(user.personId(), entry.title(), entry.place(), years.start(), years.end(), version);
		}
		else {
			entries.changeWork(user.personId(), id, entry.title(), entry.place(), years.start(), years.end(), version);
		}
	}

}
