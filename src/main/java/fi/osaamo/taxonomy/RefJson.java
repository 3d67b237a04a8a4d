package fi.osaamo.taxonomy;

import java.util.List;

/**
 * A reference to a concept in the JSON API.
 *
 * @param id its key
 * @param uri its URI
 * @param label its label
 * @param type its ESCO type
 */
record RefJson(String id, String uri, String label, String type) {

	static List<RefJson> of(List<ConceptRef> refs) {
		return refs.stream()
			.map(ref -> new RefJson(ref.id(), ref.uri(), ref.label().text(), ref.kind().escoName()))
			.toList();
	}

}
