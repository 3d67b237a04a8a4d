package fi.osaamo.opendata.sources;

import java.util.ArrayList;
import java.util.List;

import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The ESCO occupation and skills a schema.org JobPosting names, each checked to be in the
 * taxonomy.
 */
final class EscoTerms {

	private final TaxonomyManagement taxonomy;

	EscoTerms(TaxonomyManagement taxonomy) {
		this.taxonomy = taxonomy;
	}

	/** The posting's occupation and skills. */
	Terms terms(JsonNode node) {
		var occupation = occupation(node.get("occupationalCategory"));
		return new Terms(occupation, skills(node.get("skills")));
	}

	/** The first ESCO occupation among the posting's categories. */
	@Nullable String occupation(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		for (var candidate : node.isArray() ? node : List.of(node)) {
			var uri = JobPostingTerms.term(candidate, "occupationalCategory");
			if (uri.isPresent() && uri.get().startsWith(JobPostingTerms.ESCO + "occupation/")) {
				return checkedOccupation(uri.get());
			}
		}
		return null;
	}

	private String checkedOccupation(String uri) {
		if (!taxonomy.isOccupation(uri)) {
			throw new RecordProblem("opendata.reject.unknownCode", "occupationalCategory: " + uri);
		}
		return uri;
	}

	/** The ESCO skills, each once; plain words are left out. */
	List<String> skills(@Nullable JsonNode skillNode) {
		var skills = new ArrayList<String>();
		if (skillNode != null && !skillNode.isNull()) {
			for (var skill : skillNode.isArray() ? skillNode : List.of(skillNode)) {
				JobPostingTerms.term(skill, "skills").ifPresent(uri -> addSkill(uri, skills));
			}
		}
		return List.copyOf(skills);
	}

	private void addSkill(String uri, List<String> skills) {
		if (!taxonomy.isSkill(uri)) {
			throw new RecordProblem("opendata.reject.unknownCode", "skills: " + uri);
		}
		if (!skills.contains(uri)) {
			skills.add(uri);
		}
	}

	/**
	 * A posting's ESCO terms.
	 *
	 * @param occupation its occupation
	 * @param skills its skills
	 */
	record Terms(@Nullable String occupation, List<String> skills) {
	}

}
