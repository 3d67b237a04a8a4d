package fi.osaamo.opendata.profile;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.Provenance;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.TaxonomyManagement;
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

	private final JsonMapper json;

	private final TmtProfileSkills skillReader;

	private final TmtProfileExport exporter;

	private final CompetenceManagement competence;

	TmtProfiles(JsonMapper json, TaxonomyManagement taxonomy, CompetenceManagement competence) {
		this.json = json;
		this.skillReader = new TmtProfileSkills(taxonomy);
		this.exporter = new TmtProfileExport(taxonomy);
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
		var root = profile(input);
		var mapped = competence.mapping(person)
			.map(mapping -> mapping.skills().stream().map(SkillClaim::skillUri).toList())
			.orElse(List.of());
		var rejected = new ArrayList<ProfilePreview.Rejected>();
		var skills = skillReader.skills(root, mapped, rejected, language);
		var educations = TmtProfileEntries.educations(root, language, rejected);
		var employments = TmtProfileEntries.employments(root, language, rejected);
		return new ProfilePreview(skills.subList(0, Math.min(skills.size(), MAX_ITEMS)),
				educations.subList(0, Math.min(educations.size(), 50)),
				employments.subList(0, Math.min(employments.size(), 50)), rejected);
	}

	/** The file read as JSON, if it is a profile export. */
	private JsonNode profile(InputStream input) {
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
		return root;
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
		var have = mapping.skills().stream().map(SkillClaim::skillUri).collect(Collectors.toSet());
		var added = 0;
		for (var skill : preview.skills()) {
			if (skills.contains(skill.uri()) && !have.contains(skill.uri())) {
				version = competence.saveSkill(person, new SkillClaim(skill.uri(), level,
						Provenance.valueOf(skill.provenance()), SOURCE_NAME, null, false), version);
				added++;
			}
		}
		addEntries(person, preview, educations, employments, version);
		return added;
	}

	/**
	 * Adds the chosen educations and jobs to the mapping.
	 * @return the mapping's version after them
	 */
	private int addEntries(PersonId person, ProfilePreview preview, Set<Integer> educations, Set<Integer> employments,
			int version) {
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
		return version;
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
		return exporter.export(mapping);
	}

}
