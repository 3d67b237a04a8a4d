package fi.osaamo.opendata.profile;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.Mapping;
import fi.osaamo.competence.Provenance;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's own Työmarkkinatori (Osaamispolku) profile export, in and out: read into a
 * preview, added to their competence mapping once they confirm, and their mapping written
 * back in the same format.
 */
@Service
public class TmtProfiles {

	static final String SOURCE_NAME = "Työmarkkinatori";

	private final TmtProfileReader reader;

	private final TmtProfileExport exporter;

	private final CompetenceManagement competence;

	TmtProfiles(JsonMapper json, TaxonomyManagement taxonomy, CompetenceManagement competence) {
		this.reader = new TmtProfileReader(json, taxonomy);
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
		var root = reader.profile(input);
		var mapped = competence.mapping(person)
			.map(mapping -> mapping.skills().stream().map(SkillClaim::skillUri).toList())
			.orElse(List.of());
		return reader.preview(root, mapped, language);
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
		var mapping = startedMapping(person, level);
		var version = mapping.version();
		var chosen = newSkills(preview, skills, mapping);
		for (var skill : chosen) {
			version = saveSkill(person, skill, level, version);
		}
		addWork(person, preview, employments, addEducations(person, preview, educations, version));
		return chosen.size();
	}

	/** The person's mapping, started if need be, once the level is known to be one. */
	private Mapping startedMapping(PersonId person, int level) {
		if (level < 1 || level > 5) {
			throw new InvalidInputException("level", "validation.range", 1, 5);
		}
		if (!competence.hasMapping(person)) {
			competence.start(person);
		}
		return competence.mapping(person).orElseThrow();
	}

	/** The chosen skills the mapping does not have yet. */
	private static List<ProfilePreview.Skill> newSkills(ProfilePreview preview, Set<String> skills, Mapping mapping) {
		var have = mapping.skills().stream().map(SkillClaim::skillUri).collect(Collectors.toSet());
		return preview.skills()
			.stream()
			.filter(skill -> skills.contains(skill.uri()) && !have.contains(skill.uri()))
			.toList();
	}

	private int saveSkill(PersonId person, ProfilePreview.Skill skill, int level, int version) {
		return competence.saveSkill(person,
				new SkillClaim(skill.uri(), level, Provenance.valueOf(skill.provenance()), SOURCE_NAME, null, false),
				version);
	}

	private int addEducations(PersonId person, ProfilePreview preview, Set<Integer> educations, int version) {
		for (var i = 0; i < preview.educations().size(); i++) {
			if (educations.contains(i)) {
				var entry = preview.educations().get(i);
				version = competence.addEducation(person, entry.title(), entry.organisation(), entry.endYear(),
						version);
			}
		}
		return version;
	}

	private int addWork(PersonId person, ProfilePreview preview, Set<Integer> employments, int version) {
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
