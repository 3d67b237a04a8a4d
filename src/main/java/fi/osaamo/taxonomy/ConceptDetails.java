package fi.osaamo.taxonomy;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A concept with its labels and neighbours.
 *
 * @param id its key
 * @param uri its ESCO URI
 * @param kind its kind
 * @param label its preferred label
 * @param alternativeLabels its other labels in the language asked for
 * @param description its description
 * @param broader its parents in the hierarchy
 * @param narrower its children in the hierarchy
 * @param essentialSkills for occupations, the essential skills
 * @param optionalSkills for occupations, the optional skills
 */
public record ConceptDetails(String id, String uri, ConceptKind kind, LocalizedText label,
		List<String> alternativeLabels, @Nullable LocalizedText description, List<ConceptRef> broader,
		List<ConceptRef> narrower, List<ConceptRef> essentialSkills, List<ConceptRef> optionalSkills) {
}
