package fi.osaamo.studies;

import java.util.List;
import java.util.Map;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.taxonomy.ConceptRef;
import org.jspecify.annotations.Nullable;

/**
 * A study's page.
 *
 * @param study the study
 * @param proposed skills proposed by skill extraction, waiting for a person to confirm
 * them
 * @param labels skill labels by URI
 * @param place the municipality's name in the reader's language, if the study has one
 * @param mayEdit whether the viewer may correct it (HR specialists)
 * @param error what was wrong with the last correction
 */
public record StudyDetailPage(Study study, List<String> proposed, Map<String, ConceptRef> labels,
		@Nullable String place, boolean mayEdit, @Nullable InvalidInputException error) {

	public String label(String uri) {
		var ref = labels.get(uri);
		return ref == null ? uri : ref.label().text();
	}

}
