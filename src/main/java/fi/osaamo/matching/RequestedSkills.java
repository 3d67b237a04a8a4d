package fi.osaamo.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.taxonomy.TaxonomyManagement;

/**
 * Checks the skills an API caller gives and turns them into the engine's skill levels.
 */
final class RequestedSkills {

	private RequestedSkills() {
	}

	/**
	 * Checks the skills given and makes them the engine's skill levels.
	 * @param skills the skills with levels, as given
	 * @param taxonomy the taxonomy that knows the skills
	 * @return each skill once, at the level first given
	 * @throws InvalidInputException if there are too many, or one is unknown or has no
	 * level 1–5
	 */
	static List<MatchingEngine.SkillLevel> checked(List<MatchingApiController.SkillJson> skills,
			TaxonomyManagement taxonomy) {
		if (skills.size() > 200) {
			throw new InvalidInputException("skills", "validation.tooMany", 200);
		}
		var checked = new LinkedHashMap<String, MatchingEngine.SkillLevel>();
		for (var skill : skills) {
			// Each skill is checked; the first of the same skill counts.
			checked.putIfAbsent(skill.uri(), checked(skill, taxonomy));
		}
		return new ArrayList<>(checked.values());
	}

	private static MatchingEngine.SkillLevel checked(MatchingApiController.SkillJson skill,
			TaxonomyManagement taxonomy) {
		if (skill.uri() == null || !taxonomy.isSkill(skill.uri())) {
			throw new InvalidInputException("skills", "validation.unknownSkill",
					skill.uri() == null ? "" : skill.uri());
		}
		if (skill.level() == null || skill.level() < 1 || skill.level() > 5) {
			throw new InvalidInputException("skills", "validation.level");
		}
		return new MatchingEngine.SkillLevel(skill.uri(), skill.level());
	}

}
