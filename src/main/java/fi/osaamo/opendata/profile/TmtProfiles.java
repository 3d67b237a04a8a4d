package fi.osaamo.opendata.profile;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.Provenance;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's own Työmarkkinatori (Osaamispolku) profile export, in and out: read into a
 * preview, added to their competence mapping once they confirm, and their mapping written
 * back in the same format.
 */
@Service
public class TmtProfiles {

	static final String SOURCE_NAME = "Työmarkkinatori";

	static final int MAX_ITEMS = 300;

	private static final Set<String> WORK_SECTIONS = Set.of("employments", "projects", "businessActivities");

	private final JsonMapper json;

	private final TaxonomyManagement taxonomy;

	private final CompetenceManagement competence;

	TmtProfiles(JsonMapper json, TaxonomyManagement taxonomy, CompetenceManagement competence) {
		this.json = json;
		this.taxonomy = taxonomy;
		this.competence = competence;
	}

	/**
	 * Reads an export.
	 * @param input the file
	 * @param person whose mapping it would go into
	 * @param language the reader's language
	 * @return the preview
	 * @throws InvalidInputException if the file is not a profile export
	 */
	public ProfilePreview preview(InputStream input, PersonId person, Language language) {
		JsonNode root;
		try {
			root = json.readTree(input);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("file", "opendata.profile.notJson");
		}
		if (root == null || !root.isObject() || !(root.has("educations") || root.has("employments")
				|| root.has("generalInfo") || root.has("experienceDescription"))) {
			throw new InvalidInputException("file", "opendata.profile.notProfile");
		}
		var mapped = competence.mapping(person)
			.map(mapping -> mapping.skills().stream().map(SkillClaim::skillUri).toList())
			.orElse(List.of());
		var skills = new LinkedHashMap<String, ProfilePreview.Skill>();
		var rejected = new ArrayList<ProfilePreview.Rejected>();
		root.properties().forEach(section -> {
			var provenance = section.getKey().equals("educations") ? "EDUCATION"
					: WORK_SECTIONS.contains(section.getKey()) ? "WORK" : "OTHER";
			var value = section.getValue();
			for (var item : value.isArray() ? value : List.of(value)) {
				collectSkills(item.path("description"), provenance, section.getKey(), skills, mapped, rejected,
						language);
				collectSkills(item, provenance, section.getKey(), skills, mapped, rejected, language);
			}
		});
		var educations = new ArrayList<ProfilePreview.Entry>();
		for (var education : root.path("educations")) {
			var title = text(education.path("customDegreeName"), language);
			var institution = text(education.path("degreeInstitution"), language);
			if (title == null) {
				// Without a name of its own, the degree is named by where it was taken.
				title = institution != null ? institution : text(education.path("degreeCode"), language);
				institution = null;
			}
			if (title == null) {
				rejected.add(new ProfilePreview.Rejected("educations", "opendata.reject.missing", "degree"));
				continue;
			}
			educations.add(new ProfilePreview.Entry(limit(title), limitOrNull(institution),
					year(education.path("interval").path("startDate")),
					year(education.path("interval").path("endDate"))));
		}
		var employments = new ArrayList<ProfilePreview.Entry>();
		for (var employment : root.path("employments")) {
			var title = text(employment.path("title"), language);
			if (title == null) {
				rejected.add(new ProfilePreview.Rejected("employments", "opendata.reject.missing", "title"));
				continue;
			}
			var hidden = employment.path("employerNameHidden").asBoolean(false);
			var interval = employment.path("interval");
			employments.add(new ProfilePreview.Entry(limit(title),
					hidden ? null : limitOrNull(text(employment.path("employer"), language)),
					year(interval.path("startDate")),
					interval.path("ongoing").asBoolean(false) ? null : year(interval.path("endDate"))));
		}
		return new ProfilePreview(List.copyOf(skills.values()).subList(0, Math.min(skills.size(), MAX_ITEMS)),
				educations.subList(0, Math.min(educations.size(), 50)),
				employments.subList(0, Math.min(employments.size(), 50)), rejected);
	}

	private void collectSkills(JsonNode node, String provenance, String section,
			Map<String, ProfilePreview.Skill> skills, List<String> mapped, List<ProfilePreview.Rejected> rejected,
			Language language) {
		for (var skill : node.path("skills")) {
			var uri = skill.path("uri").asString("");
			if (skills.containsKey(uri)) {
				continue;
			}
			if (!taxonomy.isSkill(uri)) {
				rejected.add(new ProfilePreview.Rejected(section, "opendata.reject.unknownCode",
						uri.isEmpty() ? skill.toString().substring(0, Math.min(100, skill.toString().length())) : uri));
				continue;
			}
			var label = taxonomy.byUri(uri, language)
				.map(ref -> ref.label().text())
				.orElseGet(() -> skill.path("prefLabel").path(language.code()).asString(uri));
			skills.put(uri, new ProfilePreview.Skill(uri, label, provenance, mapped.contains(uri)));
		}
	}

	/**
	 * Adds what the person chose from the preview to their mapping, in one transaction:
	 * skills they do not have yet at the level they chose, and the chosen educations and
	 * jobs. Skills already in the mapping are left as they are.
	 * @param person whose mapping
	 * @param preview the preview, as read again from the confirmed form
	 * @param skills the chosen skills
	 * @param level the level for new skills
	 * @param educations the chosen educations, by position
	 * @param employments the chosen jobs, by position
	 * @return how many skills were added
	 */
	@Transactional
	public int apply(PersonId person, ProfilePreview preview, Set<String> skills, int level, Set<Integer> educations,
			Set<Integer> employments) {
		if (level < 1 || level > 5) {
			throw new InvalidInputException("level", "validation.range", 1, 5);
		}
		if (!competence.hasMapping(person)) {
			competence.start(person);
		}
		var mapping = competence.mapping(person).orElseThrow();
		var version = mapping.version();
		var have = mapping.skills().stream().map(SkillClaim::skillUri).collect(java.util.stream.Collectors.toSet());
		var added = 0;
		for (var skill : preview.skills()) {
			if (skills.contains(skill.uri()) && !have.contains(skill.uri())) {
				version = competence.saveSkill(person, new SkillClaim(skill.uri(), level,
						Provenance.valueOf(skill.provenance()), SOURCE_NAME, null, false), version);
				added++;
			}
		}
		for (var i = 0; i < preview.educations().size(); i++) {
			if (educations.contains(i)) {
				var entry = preview.educations().get(i);
				version = competence.addEducation(person, entry.title(), entry.organisation(), entry.endYear(),
						version);
			}
		}
		for (var i = 0; i < preview.employments().size(); i++) {
			if (employments.contains(i)) {
				var entry = preview.employments().get(i);
				version = competence.addWork(person, entry.title(), entry.organisation(), entry.startYear(),
						entry.endYear(), version);
			}
		}
		return added;
	}

	/**
	 * A person's mapping in the Työmarkkinatori profile export format: skills with their
	 * ESCO labels in Finnish, Swedish and English, educations and work history.
	 * @param person whose
	 * @return the export
	 */
	public Map<String, Object> export(PersonId person) {
		var mapping = competence.mapping(person)
			.orElseThrow(() -> new InvalidInputException("mapping", "opendata.profile.noMapping"));
		var uris = mapping.skills().stream().map(SkillClaim::skillUri).toList();
		var labels = new LinkedHashMap<Language, Map<String, fi.osaamo.taxonomy.ConceptRef>>();
		for (var language : Language.values()) {
			labels.put(language, taxonomy.byUris(uris, language));
		}
		var skills = uris.stream().map(uri -> {
			var pref = new LinkedHashMap<String, String>();
			var alt = new LinkedHashMap<String, List<String>>();
			for (var language : List.of(Language.EN, Language.FI, Language.SV)) {
				var ref = labels.get(language).get(uri);
				pref.put(language.code(), ref == null ? "" : ref.label().text());
				alt.put(language.code(), List.of());
			}
			return Map.of("uri", uri, "prefLabel", pref, "altLabel", alt);
		}).toList();
		var profile = new LinkedHashMap<String, Object>();
		var summary = mapping.summary() == null ? "" : mapping.summary();
		profile.put("generalInfo", Map.of("description", Map.of("fi", summary, "sv", summary, "en", summary), "meta",
				Map.of("lastModified", mapping.updatedAt().toString())));
		profile.put("educations", mapping.education()
			.stream()
			.map(education -> Map.of("customDegreeName", Map.of("fi", education.title()), "degreeInstitution",
					education.institution() == null ? Map.of() : Map.of("fi", education.institution()), "interval",
					education.completedYear() == null ? Map.of()
							: Map.of("endDate", education.completedYear() + "-12-31", "statusCode", "2"),
					"description", Map.of("description", Map.of(), "occupations", List.of(), "skills", List.of())))
			.toList());
		profile.put("employments", mapping.work().stream().map(work -> {
			var interval = new LinkedHashMap<String, Object>();
			if (work.startYear() != null) {
				interval.put("startDate", work.startYear() + "-01-01");
			}
			if (work.endYear() != null) {
				interval.put("endDate", work.endYear() + "-12-31");
			}
			interval.put("ongoing", work.endYear() == null);
			return Map.of("title", Map.of("fi", work.title()), "employer",
					work.employer() == null ? Map.of() : Map.of("fi", work.employer()), "employerNameHidden",
					work.employer() == null, "interval", interval, "description",
					Map.of("description", Map.of(), "occupations", List.of(), "skills", List.of()));
		}).toList());
		profile.put("experienceDescription",
				Map.of("description", Map.of("fi", summary), "occupations", List.of(), "skills", skills));
		for (var empty : List.of("businessActivities", "projects", "externalLinks", "languageSkills")) {
			profile.put(empty, List.of());
		}
		profile.put("certifications", Map.of("cardCodes", List.of(), "description", Map.of()));
		profile.put("drivingLicenses", Map.of("licenseClasses", List.of()));
		profile.put("jobPreferenceDescription",
				Map.of("description", Map.of(), "occupations", List.of(), "skills", List.of()));
		return profile;
	}

	private static @Nullable String text(JsonNode node, Language language) {
		if (node.isString()) {
			return node.asString().isBlank() ? null : node.asString().strip();
		}
		for (var code : List.of(language.code(), "fi", "sv", "en")) {
			var value = node.path(code);
			if (value.isString() && !value.asString().isBlank()) {
				return value.asString().strip();
			}
		}
		return null;
	}

	private static String limit(String text) {
		return text.length() > 200 ? text.substring(0, 199) + "…" : text;
	}

	private static @Nullable String limitOrNull(@Nullable String text) {
		return text == null ? null : limit(text);
	}

	private static @Nullable Integer year(JsonNode node) {
		if (!node.isString()) {
			return null;
		}
		try {
			var year = LocalDate
				.parse(node.asString().length() > 10 ? node.asString().substring(0, 10) : node.asString())
				.getYear();
			return year >= 1950 && year <= 2100 ? year : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
