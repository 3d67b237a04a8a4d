package fi.osaamo.competence;

import java.util.Map;

import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.taxonomy.ConceptRef;

/**
 * One shared mapping as an HR specialist sees it.
 *
 * @param organisation for which company
 * @param mapping what is shared
 * @param labels skill labels by URI
 * @param dialogues the development dialogues with the company
 */
public record SharedMappingPage(OrganisationId organisation, SharedMapping mapping, Map<String, ConceptRef> labels,
		java.util.List<Dialogue> dialogues) {

	public String label(String uri) {
		var ref = labels.get(uri);
		return ref == null ? uri : ref.label().text();
	}

	public boolean shows(Section section) {
		return mapping.sections().contains(section);
	}

}
