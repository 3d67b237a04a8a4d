package fi.osaamo.opendata.sources;

import java.util.ArrayList;
import java.util.List;

import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The ESCO occupation and skills of a Työmarkkinatori ad, each checked to be in the
 * taxonomy.
 *
 * @param occupation the first occupation
 * @param skills the skills, each once
 */
record TmtClassification(@Nullable String occupation, List<String> skills) {

	static TmtClassification of(JsonNode node, TaxonomyManagement taxonomy) {
		var occupation = occupation(node, taxonomy);
		return new TmtClassification(occupation, skills(node, taxonomy));
	}

	/** The first occupation, all of them checked. */
	private static @Nullable String occupation(JsonNode node, TaxonomyManagement taxonomy) {
		String occupation = null;
		for (var uri : TmtFields.strings(node, "ammatit")) {
			if (!taxonomy.isOccupation(uri)) {
				throw new RecordProblem("opendata.reject.unknownCode", "ammatit: " + uri);
			}
			occupation = occupation == null ? uri : occupation;
		}
		return occupation;
	}

	private static List<String> skills(JsonNode node, TaxonomyManagement taxonomy) {
		var skills = new ArrayList<String>();
		for (var uri : TmtFields.strings(node, "osaamiset")) {
			if (!taxonomy.isSkill(uri)) {
				throw new RecordProblem("opendata.reject.unknownCode", "osaamiset: " + uri);
			}
			if (!skills.contains(uri)) {
				skills.add(uri);
			}
		}
		return List.copyOf(skills);
	}

}
