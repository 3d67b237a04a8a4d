package fi.osaamo.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.studies.StudyPage;
import fi.osaamo.studies.StudyType;
import org.jspecify.annotations.Nullable;

/**
 * Starting studies for the growth team, with their filters.
 *
 * @param studies the page of studies
 * @param query the keyword (words or a competence)
 * @param type the type filter
 * @param language the teaching-language filter
 * @param month the start-month filter, as {@code yyyy-MM}
 * @param sort {@code START} or {@code TITLE}
 * @param skillNames the skills the keyword named, by label
 * @param starred the studies on the page that are the member's favourites
 * @param error what was wrong with the filters
 */
public record StudiesPage(StudyPage studies, String query, @Nullable StudyType type, @Nullable String language,
		String month, String sort, List<String> skillNames, Set<String> starred,
		@Nullable InvalidInputException error) {

	public StudyType[] types() {
		return StudyType.values();
	}

	public String[] languages() {
		return new String[] { "fi", "sv", "en" };
	}

	public String[] sorts() {
		return new String[] { "START", "TITLE" };
	}

	public String link(int page) {
		return "/dashboard/studies?" + parameters() + "&page=" + page;
	}

	public String exportLink(String format) {
		return "/dashboard/studies." + format + "?" + parameters();
	}

	private String parameters() {
		return "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + (type == null ? "" : "&type=" + type)
				+ (language == null ? "" : "&language=" + language) + (month.isEmpty() ? "" : "&month=" + month)
				+ "&sort=" + sort;
	}

}
