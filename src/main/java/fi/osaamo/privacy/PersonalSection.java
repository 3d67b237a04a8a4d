package fi.osaamo.privacy;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import org.springframework.stereotype.Component;

/**
 * The My data page's first part: personal data from the identity vault, the privacy
 * notices accepted and the latest looks at the personal data.
 */
@Component
class PersonalSection {

	static final int ACCESS_LOG_SHOWN = 50;

	private final IdentityManagement identities;

	private final PrivacyManagement privacy;

	PersonalSection(IdentityManagement identities, PrivacyManagement privacy) {
		this.identities = identities;
		this.privacy = privacy;
	}

	MyDataPage.Personal of(PersonId person) {
		return new MyDataPage.Personal(identities.personalData(person, person, "my data page").orElse(null),
				privacy.acceptances(person), identities.accessLog(person, ACCESS_LOG_SHOWN));
	}

}
