package fi.osaamo.opendata.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.osaamo.competence.Education;
import fi.osaamo.competence.Mapping;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.competence.WorkExperience;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.ConceptRef;
import fi.osaamo.taxonomy.TaxonomyManagement;

/**
 * Writes a competence mapping in the Työmarkkinatori profile export format, the sections
 * this application has nothing for given empty as the format has them.
 */
final class TmtProfileExport {

	private final TaxonomyManagement taxonomy;

	TmtProfileExport(TaxonomyManagement taxonomy) {
		this.taxonomy = taxonomy;
	}

	Map<String, Object> export(Mapping mapping) {
		var profile = new LinkedHashMap<String, Object>();
		var summary = mapping.summary() == null ? "" : mapping.summary();
		profile.put("generalInfo", Map.of("description", Map.of("fi", summary, "sv", summary, "en", summary), "meta",
				Map.of("lastModified", mapping.updatedAt().toString())));
		profile.put("educations", mapping.education().stream().map(TmtProfileExport::education).toList());
		profile.put("employments", mapping.work().stream().map(TmtProfileExport::employment).toList());
		profile.put("experienceDescription",
				Map.of("description", Map.of("fi", summary), "occupations", List.of(), "skills", skills(mapping)));
		addEmptySections(profile);
		return profile;
	}

	/** The sections this application has nothing for, empty as the format has them. */
	private static void addEmptySections(Map<String, Object> profile) {
		for (var empty : List.of("businessActivities", "projects", "externalLinks", "languageSkills")) {
			profile.put(empty, List.of());
		}
		profile.put("certifications", Map.of("cardCodes", List.of(), "description", Map.of()));
		profile.put("drivingLicenses", Map.of("licenseClasses", List.of()));
		profile.put("jobPreferenceDescription", emptyDescription());
	}

	/** The mapping's skills with their ESCO labels in English, Finnish and Swedish. */
	private List<Map<String, Object>> skills(Mapping mapping) {
		var uris = mapping.skills().stream().map(SkillClaim::skillUri).toList();
		var labels = new LinkedHashMap<Language, Map<String, ConceptRef>>();
		for (var language : Language.values()) {
			labels.put(language, taxonomy.byUris(uris, language));
		}
		return uris.stream().map(uri -> skill(uri, labels)).toList();
	}

	private static Map<String, Object> skill(String uri, Map<Language, Map<String, ConceptRef>> labels) {
		var pref = new LinkedHashMap<String, String>();
		var alt = new LinkedHashMap<String, List<String>>();
		for (var language : List.of(Language.EN, Language.FI, Language.SV)) {
			var ref = labels.get(language).get(uri);
			pref.put(language.code(), ref == null ? "" : ref.label().text());
			alt.put(language.code(), List.of());
		}
		return Map.of("uri", uri, "prefLabel", pref, "altLabel", alt);
	}

	private static Map<String, Object> education(Education education) {
		return Map.of("customDegreeName", Map.of("fi", education.title()), "degreeInstitution",
				education.institution() == null ? Map.of() : Map.of("fi", education.institution()), "interval",
				education.completedYear() == null ? Map.of()
						: Map.of("endDate", education.completedYear() + "-12-31", "statusCode", "2"),
				"description", emptyDescription());
	}

	private static Map<String, Object> employment(WorkExperience work) {
		return Map.of("title", Map.of("fi", work.title()), "employer",
				work.employer() == null ? Map.of() : Map.of("fi", work.employer()), "employerNameHidden",
				work.employer() == null, "interval", interval(work), "description", emptyDescription());
	}

	private static Map<String, Object> interval(WorkExperience work) {
		var interval = new LinkedHashMap<String, Object>();
		if (work.startYear() != null) {
			interval.put("startDate", work.startYear() + "-01-01");
		}
		if (work.endYear() != null) {
			interval.put("endDate", work.endYear() + "-12-31");
		}
		interval.put("ongoing", work.endYear() == null);
		return interval;
	}

	private static Map<String, Object> emptyDescription() {
		return Map.of("description", Map.of(), "occupations", List.of(), "skills", List.of());
	}

}
