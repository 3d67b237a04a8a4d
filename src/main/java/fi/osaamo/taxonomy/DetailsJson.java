package fi.osaamo.taxonomy;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A concept's details in the JSON API.
 *
 * @param id its key
 * @param uri its URI
 * @param type its ESCO type
 * @param label its preferred label
 * @param labelLanguage the language of the label
 * @param alternativeLabels its other labels
 * @param description its description
 * @param descriptionLanguage the language of the description
 * @param broader its parents
 * @param narrower its children
 * @param essentialSkills for occupations, the essential skills
 * @param optionalSkills for occupations, the optional skills
 */
record DetailsJson(String id, String uri, String type, String label, String labelLanguage,
		List<String> alternativeLabels, @Nullable String description, @Nullable String descriptionLanguage,
		List<RefJson> broader, List<RefJson> narrower, List<RefJson> essentialSkills, List<RefJson> optionalSkills) {

	static DetailsJson of(ConceptDetails details) {
		var description = details.description();
		return new DetailsJson(details.id(), details.uri(), details.kind().escoName(), details.label().text(),
				details.label().language().code(), details.alternativeLabels(),
				description == null ? null : description.text(),
				description == null ? null : description.language().code(), RefJson.of(details.broader()),
				RefJson.of(details.narrower()), RefJson.of(details.essentialSkills()),
				RefJson.of(details.optionalSkills()));
	}

}
