package fi.osaamo.dashboard;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.studies.StudyType;
import fi.osaamo.taxonomy.ConceptMatch;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads the filters of the studies tab as asked: the keyword and the skills it names,
 * type, language, start month and order, refusing a value that is not a choice.
 */
@Component
class StudyFilters {

	private final TaxonomyManagement taxonomy;

	StudyFilters(TaxonomyManagement taxonomy) {
		this.taxonomy = taxonomy;
	}

	static String keyword(String q) {
		return q.length() > 200 ? q.substring(0, 200) : q.strip();
	}

	List<ConceptMatch> skills(String keyword, Language language) {
		return keyword.isEmpty() ? List.of()
				: taxonomy.searchSkills(keyword, language, TalentSearch.SKILLS_PER_KEYWORD);
	}

	static @Nullable StudyType type(@Nullable String type) {
		if (type == null || type.isBlank()) {
			return null;
		}
		try {
			return StudyType.valueOf(type);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("type", "validation.choice", type);
		}
	}

	static @Nullable String language(@Nullable String language) {
		if (language == null || language.isBlank()) {
			return null;
		}
		if (!Set.of("fi", "sv", "en").contains(language)) {
			throw new InvalidInputException("language", "validation.choice", language);
		}
		return language;
	}

	static @Nullable YearMonth month(String month) {
		if (month.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("month", "dashboard.studies.badMonth", month);
		}
	}

	static String sort(String sort) {
		if (!sort.equals("START") && !sort.equals("TITLE")) {
			throw new InvalidInputException("sort", "validation.choice", sort);
		}
		return sort;
	}

}
