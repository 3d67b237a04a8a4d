package fi.osaamo.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.Language;
import fi.osaamo.privacy.MyDataPart;
import fi.osaamo.privacy.PersonalDataHolder;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The matching module's personal data: suggestions that a person could take a job task,
 * with HR's decisions and the person's contests.
 */
@Component
@Order(60)
class SuggestionData implements PersonalDataHolder {

	private final Allocations allocations;

	SuggestionData(Allocations allocations) {
		this.allocations = allocations;
	}

	@Override
	public Map<String, @Nullable Object> export(PersonId person) {
		var data = new LinkedHashMap<String, @Nullable Object>();
		data.put("taskSuggestionsAboutMe", allocations.forPerson(person));
		return data;
	}

	@Override
	public List<MyDataPart> parts(PersonId person, Language language) {
		return List.of(new MyDataPart("suggestions", "suggestions.heading", "matching/myDataSuggestions.jte",
				allocations.forPerson(person)));
	}

	@Override
	public void forget(PersonId person) {
		allocations.forget(person);
	}

}
