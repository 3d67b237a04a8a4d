package fi.osaamo.jobs;

import java.util.List;

import fi.osaamo.classification.ClassificationCode;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.taxonomy.ConceptMatch;
import org.jspecify.annotations.Nullable;

/**
 * The page that creates or changes a job task.
 *
 * @param form the fields
 * @param action where the form posts
 * @param occupationLabel the chosen occupation's label
 * @param occupations occupations matching what was typed
 * @param municipalities the municipalities to choose from, by name
 * @param error what was wrong with the last save
 */
public record JobFormPage(JobForm form, String action, @Nullable String occupationLabel, List<ConceptMatch> occupations,
		List<ClassificationCode> municipalities, @Nullable InvalidInputException error) {

	public boolean errorOn(String field) {
		return error != null && error.on(field).isPresent();
	}

	/**
	 * The ids of the elements that describe a field: its hint and, when it was refused,
	 * its error.
	 * @param field the field
	 * @param hint whether the field has a hint
	 * @return the ids, or {@code null} when there are none
	 */
	public @Nullable String describedBy(String field, boolean hint) {
		var ids = (hint ? field + "-hint " : "") + (errorOn(field) ? field + "-error" : "");
		return ids.isBlank() ? null : ids.strip();
	}

	public @Nullable String invalid(String field) {
		return errorOn(field) ? "true" : null;
	}

}
