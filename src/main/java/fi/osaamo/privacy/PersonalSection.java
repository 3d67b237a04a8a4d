package fi.osaamo.privacy;

import java.util.Collections;

import fi.osaamo.account.ProfileManagement;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.springframework.stereotype.Component;

/**
 * The My data page's first part: personal data, work, organisations, the privacy notices
 * accepted and the latest looks at the personal data.
 */
@Component
class PersonalSection {

	static final int ACCESS_LOG_SHOWN = 50;

	private final IdentityManagement identities;

	private final ProfileManagement profiles;

	private final OrganisationManagement organisations;

	private final PrivacyManagement privacy;

	private final TaxonomyManagement taxonomy;

	PersonalSection(IdentityManagement identities, ProfileManagement profiles, OrganisationManagement organisations,
			PrivacyManagement privacy, TaxonomyManagement taxonomy) {
		this.identities = identities;
		this.profiles = profiles;
		this.organisations = organisations;
		this.privacy = privacy;
		this.taxonomy = taxonomy;
	}

	MyDataPage.Personal of(PersonId person, Language language) {
		var work = profiles.workProfile(person);
		var occupation = ConceptLabels.of(taxonomy, Collections.singletonList(work.occupationUri()), language)
			.label(work.occupationUri());
		return new MyDataPage.Personal(identities.personalData(person, person, "my data page").orElse(null),
				work.jobTitle(), occupation, work.occupationUri() != null && occupation == null,
				organisations.membershipsOf(person), privacy.acceptances(person),
				identities.accessLog(person, ACCESS_LOG_SHOWN));
	}

}
