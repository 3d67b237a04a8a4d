package fi.osaamo.opendata.profile;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a Työmarkkinatori profile export into a preview: its skills, educations and jobs,
 * with what was turned down.
 */
final class TmtProfileReader {

	static final int MAX_ITEMS = 300;

	private final JsonMapper json;

	private final TmtProfileSkills skillReader;

	TmtProfileReader(JsonMapper json, TaxonomyManagement taxonomy) {
		this.json = json;
		this.skillReader = new TmtProfileSkills(taxonomy);
	}

	/** The file read as JSON, if it is a profile export. */
	JsonNode profile(InputStream input) {
		var root = readJson(input);
		if (!isProfile(root)) {
			throw new InvalidInputException("file", "opendata.profile.notProfile");
		}
		return root;
	}

	private JsonNode readJson(InputStream input) {
		try {
			return json.readTree(input);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("file", "opendata.profile.notJson");
		}
	}

	private static boolean isProfile(@Nullable JsonNode root) {
		return root != null && root.isObject() && (root.has("educations") || root.has("employments")
				|| root.has("generalInfo") || root.has("experienceDescription"));
	}

	ProfilePreview preview(JsonNode root, List<String> mapped, Language language) {
		var rejected = new ArrayList<ProfilePreview.Rejected>();
		var skills = skillReader.skills(root, mapped, rejected, language);
		var educations = TmtProfileEntries.educations(root, language, rejected);
		var employments = TmtProfileEntries.employments(root, language, rejected);
		return new ProfilePreview(first(skills, MAX_ITEMS), first(educations, 50), first(employments, 50), rejected);
	}

	private static <T> List<T> first(List<T> items, int count) {
		return items.subList(0, Math.min(items.size(), count));
	}

}
