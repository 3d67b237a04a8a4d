package fi.osaamo.competence;

import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Shows the mapping's education and work tab, with the form being edited and what was
 * wrong with it; without a mapping, back to the start.
 */
@Component
class MappingBackgroundPages {

	private final CompetenceManagement competence;

	MappingBackgroundPages(CompetenceManagement competence) {
		this.competence = competence;
	}

	/**
	 * The tab.
	 * @param user who looks
	 * @param kind the kind of entry being edited, or none
	 * @param entry the entry form
	 * @param editing the entry being changed, or none for a new one
	 * @param summary the summary as typed, or none for the saved one
	 * @param error what was wrong
	 * @param model the model to put the page in
	 * @return the view
	 */
	String show(PersonPrincipal user, String kind, EntryForm entry, @Nullable UUID editing, @Nullable String summary,
			@Nullable InvalidInputException error, Model model) {
		var mapping = competence.mapping(user.personId());
		if (mapping.isEmpty()) {
			return "redirect:/competence";
		}
		var saved = mapping.get().summary();
		model.addAttribute("page", new BackgroundPage(mapping.get(), kind, entry, editing,
				summary != null ? summary : saved == null ? "" : saved, error));
		return "competence/background";
	}

}
