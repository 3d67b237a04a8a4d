package fi.osaamo.taxonomy;

/**
 * A link to another concept.
 *
 * @param id its key
 * @param uri its ESCO URI
 * @param kind its kind
 * @param label its preferred label
 */
public record ConceptRef(String id, String uri, ConceptKind kind, LocalizedText label) {
}
