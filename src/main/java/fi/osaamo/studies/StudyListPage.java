package fi.osaamo.studies;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import fi.osaamo.taxonomy.ConceptRef;
import org.jspecify.annotations.Nullable;

/**
 * The studies page.
 *
 * @param studies the page of studies
 * @param query the search words
 * @param type the type filter
 * @param language the language filter
 * @param labels skill labels by URI
 */
public record StudyListPage(StudyPage studies, String query, @Nullable StudyType type, @Nullable String language,
		Map<String, ConceptRef> labels) {

	public StudyType[] types() {
		return StudyType.values();
	}

	public String label(String uri) {
		var ref = labels.get(uri);
		return ref == null ? uri : ref.label().text();
	}

	public String pageLink(int page) {
		return "/studies?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + (type == null ? "" : "&type=" + type)
				+ (language == null ? "" : "&language=" + language) + "&page=" + page;
	}

}
