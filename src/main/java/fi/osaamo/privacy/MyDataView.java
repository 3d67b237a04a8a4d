package fi.osaamo.privacy;

import java.util.List;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.Language;
import gg.jte.TemplateEngine;
import org.springframework.stereotype.Component;

/**
 * Everything about a person as they read it on the My data page: their personal data,
 * then each holder's parts in the holders' order. The download
 * ({@link MyDataManagement#export}) is the complete copy.
 */
@Component
class MyDataView {

	private final PersonalSection personal;

	private final List<PersonalDataHolder> holders;

	private final TemplateEngine templates;

	MyDataView(PersonalSection personal, List<PersonalDataHolder> holders, TemplateEngine templates) {
		this.personal = personal;
		this.holders = holders;
		this.templates = templates;
	}

	MyDataPage of(PersonId person, Language language) {
		return new MyDataPage(personal.of(person),
				holders.stream()
					.flatMap(holder -> holder.parts(person, language).stream())
					.map(part -> new MyDataPage.Part(part, templates))
					.toList());
	}

}
