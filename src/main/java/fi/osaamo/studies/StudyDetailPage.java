package fi.osaamo.studies;

import java.util.Map;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.taxonomy.ConceptRef;
import org.jspecify.annotations.Nullable;

/**
 * A study's page.
 *
 * @param study the study
 * @param labels skill labels by URI
 * @param mayEdit whether the viewer may correct it (HR specialists)
 * @param error what was wrong with the last correction
 */
public record StudyDetailPage(Study study, Map<String, ConceptRef> labels, boolean mayEdit,
		@Nullable InvalidInputException error) {

	public String label(String uri) {
		var ref = labels.get(uri);
		return ref == null ? uri : ref.label().text();
	}

}
