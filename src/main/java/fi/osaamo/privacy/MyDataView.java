package fi.osaamo.privacy;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.Language;
import org.springframework.stereotype.Component;

/**
 * Everything about a person as they read it on the My data page, gathered section by
 * section; the download ({@link MyDataManagement#export}) is the complete copy.
 */
@Component
class MyDataView {

	private final PersonalSection personal;

	private final CompetenceSection competence;

	private final SharingSection sharing;

	private final JobSection jobs;

	MyDataView(PersonalSection personal, CompetenceSection competence, SharingSection sharing, JobSection jobs) {
		this.personal = personal;
		this.competence = competence;
		this.sharing = sharing;
		this.jobs = jobs;
	}

	MyDataPage of(PersonId person, Language language) {
		return new MyDataPage(personal.of(person, language), competence.of(person, language),
				sharing.of(person, language), jobs.of(person));
	}

}
