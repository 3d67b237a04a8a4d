package fi.osaamo.taxonomy;

/**
 * One search result.
 *
 * @param id the concept's key in Osaamo's URLs
 * @param uri the ESCO URI
 * @param kind the kind of concept
 * @param label its preferred label in the language asked for
 * @param matchedLabel the label (preferred or alternative) that matched the query
 * @param score how well it matched, 0–1
 */
public record ConceptMatch(String id, String uri, ConceptKind kind, LocalizedText label, String matchedLabel,
		double score) {
}
