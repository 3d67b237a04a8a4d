package fi.osaamo.opendata.publish;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.platform.Language;
import fi.osaamo.studies.Study;
import fi.osaamo.studies.StudyManagement;
import fi.osaamo.taxonomy.ConceptRef;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Studies as the open API publishes them: schema.org Courses with the ESCO skills they
 * teach.
 */
@Component
class OpenStudies {

	private final StudyManagement studies;

	private final TaxonomyManagement taxonomy;

	OpenStudies(StudyManagement studies, TaxonomyManagement taxonomy) {
		this.studies = studies;
		this.taxonomy = taxonomy;
	}

	List<Map<String, Object>> after(@Nullable UUID after, @Nullable Collection<String> municipalities, int limit,
			Locale locale) {
		var found = studies.after(after, municipalities, limit);
		var labels = taxonomy.byUris(found.stream().flatMap(study -> study.skills().stream()).toList(),
				Language.of(locale));
		return found.stream().map(study -> course(study, labels)).toList();
	}

	Optional<Map<String, Object>> find(UUID id, Locale locale) {
		return studies.find(id).map(study -> course(study, taxonomy.byUris(study.skills(), Language.of(locale))));
	}

	private static Map<String, Object> course(Study study, Map<String, ConceptRef> labels) {
		var course = heading(study);
		addPlaceAndTime(course, study);
		if (study.costEur() != null) {
			course.put("offers", Map.of("@type", "Offer", "price", study.costEur(), "priceCurrency", "EUR"));
		}
		if (study.url() != null) {
			course.put("url", study.url());
		}
		course.put("teaches", study.skills().stream().map(uri -> skill(uri, labels)).toList());
		return course;
	}

	/** What the course is, who gives it and how. */
	private static Map<String, Object> heading(Study study) {
		var course = new LinkedHashMap<String, Object>();
		course.put("@context", "https://schema.org");
		course.put("@type", "Course");
		course.put("identifier", study.id().toString());
		course.put("name", study.title());
		course.put("description", study.description());
		course.put("provider", Map.of("@type", "Organization", "name", study.provider()));
		course.put("inLanguage", study.language());
		course.put("courseMode", study.online() ? "online" : "onsite");
		return course;
	}

	/** Where and when the course is given, and for how long, where known. */
	private static void addPlaceAndTime(Map<String, Object> course, Study study) {
		if (study.municipalityCode() != null) {
			course.put("locationCreated", Map.of("@type", "Place", "identifier", study.municipalityCode()));
		}
		putIfPresent(course, "startDate", study.startDate());
		putIfPresent(course, "endDate", study.endDate());
		if (study.durationHours() != null) {
			course.put("timeRequired", "PT" + study.durationHours() + "H");
		}
	}

	private static void putIfPresent(Map<String, Object> course, String key, @Nullable Object value) {
		if (value != null) {
			course.put(key, value.toString());
		}
	}

	private static Map<String, Object> skill(String uri, Map<String, ConceptRef> labels) {
		var label = labels.get(uri);
		return Map.of("@type", "DefinedTerm", "@id", uri, "name", label == null ? uri : label.label().text(),
				"inDefinedTermSet", "http://data.europa.eu/esco/skill");
	}

}
