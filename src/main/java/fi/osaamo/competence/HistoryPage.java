package fi.osaamo.competence;

import java.util.List;
import java.util.Map;

import fi.osaamo.taxonomy.ConceptRef;

/**
 * The dated history of the levels a person asserted.
 *
 * @param assertions newest first
 * @param labels skill labels by URI
 */
public record HistoryPage(List<Assertion> assertions, Map<String, ConceptRef> labels) {

	public String label(String uri) {
		var ref = labels.get(uri);
		return ref == null ? uri : ref.label().text();
	}

}
