package fi.osaamo.competence;

import java.util.Map;

import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.taxonomy.ConceptRef;
import org.jspecify.annotations.Nullable;

/**
 * One shared mapping as an HR specialist sees it.
 *
 * @param organisation for which company
 * @param mapping what is shared
 * @param labels skill labels by URI
 * @param dialogues the development dialogues with the company
 * @param dialogueForm the form for a new dialogue, as HR typed it
 * @param error what was wrong with the dialogue HR tried to record
 */
public record SharedMappingPage(OrganisationId organisation, SharedMapping mapping, Map<String, ConceptRef> labels,
		java.util.List<Dialogue> dialogues, DialogueForm dialogueForm, @Nullable InvalidInputException error) {

	public boolean errorOn(String field) {
		return error != null && error.on(field).isPresent();
	}

	public @Nullable String invalid(String field) {
		return errorOn(field) ? "true" : null;
	}

	public @Nullable String describedBy(String field) {
		return errorOn(field) ? field + "-error" : null;
	}

	public String label(String uri) {
		var ref = labels.get(uri);
		return ref == null ? uri : ref.label().text();
	}

	public boolean shows(Section section) {
		return mapping.sections().contains(section);
	}

}
