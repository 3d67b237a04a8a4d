package fi.osaamo.competence;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds the sharing page's part for opting in to a city's growth team, in the reader's
 * language.
 */
@Component
class CityOptInSections {

	private final CityOptIns optIns;

	private final ClassificationManagement classifications;

	private final TaxonomyManagement taxonomy;

	CityOptInSections(CityOptIns optIns, ClassificationManagement classifications, TaxonomyManagement taxonomy) {
		this.optIns = optIns;
		this.classifications = classifications;
		this.taxonomy = taxonomy;
	}

	CityOptInSection of(PersonId person, @Nullable CityOptInForm typed, Language language) {
		var visibility = optIns.visibility(person).orElse(null);
		var form = typed == null ? CityOptInForm.of(visibility) : typed;
		var occupation = form.occupation().isEmpty() ? null
				: taxonomy.byUri(form.occupation(), language).map(ref -> ref.label().text()).orElse(null);
		return new CityOptInSection(optIns.cities(), visibility, form, classifications.municipalities(language),
				occupation);
	}

}
