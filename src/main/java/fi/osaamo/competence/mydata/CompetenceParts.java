package fi.osaamo.competence.mydata;

import java.util.List;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.Language;
import fi.osaamo.privacy.MyDataPart;
import org.springframework.stereotype.Component;

/**
 * The competence module's parts of the My data page: skills, development and sharing.
 */
@Component
class CompetenceParts {

	private final CompetencePart competence;

	private final SharingPart sharing;

	CompetenceParts(CompetencePart competence, SharingPart sharing) {
		this.competence = competence;
		this.sharing = sharing;
	}

	List<MyDataPart> of(PersonId person, Language language) {
		var mine = competence.of(person, language);
		return List.of(new MyDataPart("competence", "myData.part.competence", "competence/myDataSkills.jte", mine),
				new MyDataPart("development", "myData.part.development", "competence/myDataDevelopment.jte", mine),
				new MyDataPart("sharing", "myData.part.sharing", "competence/myDataSharing.jte",
						sharing.of(person, language)));
	}

}
