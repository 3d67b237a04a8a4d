package fi.osaamo.taxonomy;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;

/**
 * Skills and occupations by their labels in the reader's language, looked up at once.
 *
 * @param refs the concepts by URI
 */
public record ConceptLabels(Map<String, ConceptRef> refs) {

	/**
	 * Looks up the labels of concepts.
	 * @param taxonomy the taxonomy
	 * @param uris the concepts, none for a concept not given
	 * @param language the reader's language
	 * @return their labels
	 */
	public static ConceptLabels of(TaxonomyManagement taxonomy, Collection<@Nullable String> uris, Language language) {
		return new ConceptLabels(taxonomy
			.byUris(uris.stream().filter(Objects::nonNull).map(String.class::cast).distinct().toList(), language));
	}

	/**
	 * A concept's label.
	 * @param uri the concept
	 * @return its label, or none if there is no concept or the taxonomy lacks it
	 */
	public @Nullable String label(@Nullable String uri) {
		var ref = uri == null ? null : refs.get(uri);
		return ref == null ? null : ref.label().text();
	}

}
