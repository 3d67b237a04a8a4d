package fi.osaamo.jobs;

import java.util.HashSet;
import java.util.List;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.springframework.stereotype.Component;

/**
 * Checks the skills a job task requires: known ESCO skills, each once, with a level and a
 * weight in range, and not too many.
 */
@Component
class RequiredSkillChecks {

	private final TaxonomyManagement taxonomy;

	RequiredSkillChecks(TaxonomyManagement taxonomy) {
		this.taxonomy = taxonomy;
	}

	void check(List<RequiredSkill> skills) {
		if (skills.size() > JobManagement.MAX_SKILLS) {
			throw new InvalidInputException("requiredSkills", "validation.tooManySkills", JobManagement.MAX_SKILLS);
		}
		var seen = new HashSet<String>();
		for (var skill : skills) {
			check(skill);
			if (!seen.add(skill.skillUri())) {
				throw new InvalidInputException("requiredSkills", "validation.duplicateSkill", skill.skillUri());
			}
		}
	}

	private void check(RequiredSkill skill) {
		if (skill.skillUri() == null || !taxonomy.isSkill(skill.skillUri())) {
			throw new InvalidInputException("requiredSkills", "validation.unknownSkill", skill.skillUri());
		}
		if (skill.level() < 1 || skill.level() > 5) {
			throw new InvalidInputException("requiredSkills", "validation.level");
		}
		if (!(skill.weight() > 0 && skill.weight() <= 10)) {
			throw new InvalidInputException("requiredSkills", "validation.weight");
		}
	}

}
