package fi.osaamo.jobs;

import java.util.List;
import java.util.Map;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.taxonomy.ConceptMatch;
import fi.osaamo.taxonomy.ConceptRef;
import org.jspecify.annotations.Nullable;

/**
 * A job task's page.
 *
 * @param task the task
 * @param companyName its company
 * @param municipality the name of its municipality, if it has one
 * @param labels skill and occupation labels by URI
 * @param hr whether the viewer is an HR specialist of the company
 * @param interested whether the viewer has expressed interest
 * @param interests who is interested, for HR
 * @param suggestions skills matching what HR typed, when no skill was chosen
 * @param error what was wrong with the last change
 */
public record JobDetailPage(JobTask task, String companyName, @Nullable String municipality,
		Map<String, ConceptRef> labels, boolean hr, boolean interested, List<Interest> interests,
		List<ConceptMatch> suggestions, @Nullable InvalidInputException error) {

	public String label(@Nullable String uri) {
		if (uri == null) {
			return "";
		}
		var ref = labels.get(uri);
		return ref == null ? uri : ref.label().text();
	}

	public Importance[] importances() {
		return Importance.values();
	}

}
