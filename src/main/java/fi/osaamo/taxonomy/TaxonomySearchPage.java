package fi.osaamo.taxonomy;

import java.util.List;

/**
 * The taxonomy search page and its htmx-refreshed results.
 *
 * @param query what was searched for
 * @param occupations whether occupations were searched, else skills
 * @param results the matches
 */
public record TaxonomySearchPage(String query, boolean occupations, List<ConceptMatch> results) {

	public boolean searched() {
		return !query.isBlank();
	}

}
