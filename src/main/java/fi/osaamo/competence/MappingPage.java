package fi.osaamo.competence;

import java.util.List;
import java.util.Map;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.taxonomy.ConceptMatch;
import fi.osaamo.taxonomy.ConceptRef;
import org.jspecify.annotations.Nullable;

/**
 * The person's own mapping page.
 *
 * @param mapping the mapping
 * @param labels the skills' labels in the page's language, by URI
 * @param form the add-skill form
 * @param suggestions skills matching what was typed, when no skill was chosen yet
 * @param error what was wrong with the last change
 * @param views who has viewed the shared mapping
 * @param sharing whether anything is shared now
 * @param occupation the occupation in the person's profile, if any
 * @param occupationSkills skills typical of that occupation not yet in the mapping
 */
public record MappingPage(Mapping mapping, Map<String, ConceptRef> labels, SkillForm form,
		List<ConceptMatch> suggestions, @Nullable InvalidInputException error, List<ViewLogEntry> views,
		boolean sharing, @Nullable String occupation, List<ConceptRef> occupationSkills) {

	public String label(String uri) {
		var ref = labels.get(uri);
		return ref == null ? uri : ref.label().text();
	}

	public boolean errorOn(String... fields) {
		if (error == null) {
			return false;
		}
		for (var field : fields) {
			if (error.on(field).isPresent()) {
				return true;
			}
		}
		return false;
	}

	public Provenance[] provenances() {
		return Provenance.values();
	}

	public int[] levels() {
		return new int[] { 1, 2, 3, 4, 5 };
	}

}
