package fi.osaamo.dashboard;

import java.time.YearMonth;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.studies.StudyType;
import org.jspecify.annotations.Nullable;

/**
 * The studies tab's filters as read from the request: those read before a filter that
 * could not be read are kept, with the error to show beside that filter.
 */
record StudyChoices(@Nullable StudyType type, @Nullable String language, @Nullable YearMonth month, String order,
		@Nullable InvalidInputException error) {

	static StudyChoices read(@Nullable String type, @Nullable String language, String month, String sort) {
		StudyType chosenType = null;
		String chosenLanguage = null;
		YearMonth chosenMonth = null;
		try {
			chosenType = StudyFilters.type(type);
			chosenLanguage = StudyFilters.language(language);
			chosenMonth = StudyFilters.month(month);
			return new StudyChoices(chosenType, chosenLanguage, chosenMonth, StudyFilters.sort(sort), null);
		}
		catch (InvalidInputException ex) {
			return new StudyChoices(chosenType, chosenLanguage, chosenMonth, "START", ex);
		}
	}

}
