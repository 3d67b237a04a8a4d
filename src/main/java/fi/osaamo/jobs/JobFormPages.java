package fi.osaamo.jobs;

import java.util.List;
import java.util.Locale;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.ConceptMatch;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Puts the job task form's page together: the chosen occupation's label, the occupations
 * matching what was typed and the municipalities to choose from.
 */
@Component
class JobFormPages {

	private final TaxonomyManagement taxonomy;

	private final ClassificationManagement classifications;

	JobFormPages(TaxonomyManagement taxonomy, ClassificationManagement classifications) {
		this.taxonomy = taxonomy;
		this.classifications = classifications;
	}

	JobFormPage page(JobForm form, String action, @Nullable InvalidInputException error, Locale locale) {
		var language = Language.of(locale);
		var occupation = form.occupation() == null || form.occupation().isBlank() ? null
				: taxonomy.byUri(form.occupation(), language).map(ref -> ref.label().text()).orElse(null);
		var matches = form.occupationQuery() == null || form.occupationQuery().isBlank() ? List.<ConceptMatch>of()
				: taxonomy.searchOccupations(form.occupationQuery(), language, 8);
		return new JobFormPage(form, action, occupation, matches, classifications.municipalities(language), error);
	}

}
