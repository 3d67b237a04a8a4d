package fi.osaamo.privacy;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.ConceptRef;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;

/**
 * Skills and occupations by their labels in the reader's language, looked up at once.
 *
 * @param refs the concepts by URI
 */
record ConceptLabels(Map<String, ConceptRef> refs) {

	static ConceptLabels of(TaxonomyManagement taxonomy, Collection<@Nullable String> uris, Language language) {
		return new ConceptLabels(taxonomy
			.byUris(uris.stream().filter(Objects::nonNull).map(String.class::cast).distinct().toList(), language));
	}

	/**
	 * A concept's label.
	 * @param uri the concept
	 * @return its label, or none if there is no concept or the taxonomy lacks it
	 */
	@Nullable String label(@Nullable String uri) {
		var ref = uri == null ? null : refs.get(uri);
		return ref == null ? null : ref.label().text();
	}

}
