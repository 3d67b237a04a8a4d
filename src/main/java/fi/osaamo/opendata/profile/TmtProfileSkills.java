package fi.osaamo.opendata.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.TaxonomyManagement;
import tools.jackson.databind.JsonNode;

/**
 * Gathers the skills of a Työmarkkinatori profile export, from every section and its
 * descriptions, each once and labelled in the reader's language; a skill the taxonomy
 * does not know is turned down.
 */
final class TmtProfileSkills {

	private static final Set<String> WORK_SECTIONS = Set.of("employments", "projects", "businessActivities");

	private final TaxonomyManagement taxonomy;

	TmtProfileSkills(TaxonomyManagement taxonomy) {
		this.taxonomy = taxonomy;
	}

	/**
	 * The export's skills.
	 * @param root the export
	 * @param mapped the skills already in the person's mapping
	 * @param rejected where the skills turned down are added
	 * @param language the reader's language
	 * @return the skills in the order first met
	 */
	List<ProfilePreview.Skill> skills(JsonNode root, List<String> mapped, List<ProfilePreview.Rejected> rejected,
			Language language) {
		var skills = new LinkedHashMap<String, ProfilePreview.Skill>();
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
		return List.copyOf(skills.values());
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

}
