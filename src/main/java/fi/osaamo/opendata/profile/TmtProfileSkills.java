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
		var collected = new Collected(mapped, rejected, language);
		root.properties().forEach(section -> collectSection(section.getKey(), section.getValue(), collected));
		return List.copyOf(collected.skills.values());
	}

	private void collectSection(String section, JsonNode value, Collected collected) {
		var provenance = section.equals("educations") ? "EDUCATION"
				: WORK_SECTIONS.contains(section) ? "WORK" : "OTHER";
		for (var item : value.isArray() ? value : List.of(value)) {
			collectSkills(item.path("description"), provenance, section, collected);
			collectSkills(item, provenance, section, collected);
		}
	}

	private void collectSkills(JsonNode node, String provenance, String section, Collected collected) {
		for (var skill : node.path("skills")) {
			var uri = skill.path("uri").asString("");
			if (!collected.skills.containsKey(uri)) {
				collectSkill(skill, uri, provenance, section, collected);
			}
		}
	}

	private void collectSkill(JsonNode skill, String uri, String provenance, String section, Collected collected) {
		if (!taxonomy.isSkill(uri)) {
			collected.rejected.add(new ProfilePreview.Rejected(section, "opendata.reject.unknownCode",
					uri.isEmpty() ? skill.toString().substring(0, Math.min(100, skill.toString().length())) : uri));
			return;
		}
		var label = taxonomy.byUri(uri, collected.language)
			.map(ref -> ref.label().text())
			.orElseGet(() -> skill.path("prefLabel").path(collected.language.code()).asString(uri));
		collected.skills.put(uri, new ProfilePreview.Skill(uri, label, provenance, collected.mapped.contains(uri)));
	}

	/** What one reading of an export collects, and for whom. */
	private static final class Collected {

		private final Map<String, ProfilePreview.Skill> skills = new LinkedHashMap<>();

		private final List<String> mapped;

		private final List<ProfilePreview.Rejected> rejected;

		private final Language language;

		Collected(List<String> mapped, List<ProfilePreview.Rejected> rejected, Language language) {
			this.mapped = mapped;
			this.rejected = rejected;
			this.language = language;
		}

	}

}
