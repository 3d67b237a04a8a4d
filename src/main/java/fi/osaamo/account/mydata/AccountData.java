package fi.osaamo.account.mydata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.osaamo.account.ProfileManagement;
import fi.osaamo.account.SignedInSessions;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.Language;
import fi.osaamo.privacy.MyDataPart;
import fi.osaamo.privacy.PersonalDataHolder;
import fi.osaamo.taxonomy.ConceptLabels;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The account module's personal data: the work profile (job title and occupation), shown
 * on My data with the person's organisations. A deleted account's sessions end on every
 * device at once.
 */
@Component
@Order(10)
class AccountData implements PersonalDataHolder {

	private final ProfileManagement profiles;

	private final OrganisationManagement organisations;

	private final TaxonomyManagement taxonomy;

	private final SignedInSessions sessions;

	AccountData(ProfileManagement profiles, OrganisationManagement organisations, TaxonomyManagement taxonomy,
			SignedInSessions sessions) {
		this.profiles = profiles;
		this.organisations = organisations;
		this.taxonomy = taxonomy;
		this.sessions = sessions;
	}

	@Override
	public Map<String, @Nullable Object> export(PersonId person) {
		var data = new LinkedHashMap<String, @Nullable Object>();
		data.put("workProfile", profiles.workProfile(person));
		return data;
	}

	@Override
	public List<MyDataPart> parts(PersonId person, Language language) {
		var work = profiles.workProfile(person);
		var occupation = ConceptLabels.of(taxonomy, Collections.singletonList(work.occupationUri()), language)
			.label(work.occupationUri());
		return List.of(new MyDataPart("work", "myData.part.work", "account/myDataWork.jte", new MyWork(work.jobTitle(),
				occupation, work.occupationUri() != null && occupation == null, organisations.membershipsOf(person))));
	}

	@Override
	public void forget(PersonId person) {
		profiles.forget(person);
		// Signed in elsewhere too: those sessions end now, not when they time out.
		sessions.endAll(person);
	}

}
