package fi.osaamo.competence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks skills and targets before they are saved: skills the taxonomy knows, levels from
 * 1 to 5, no evidence from the future; claims come back tidied.
 */
@Component
class MappingSkillChecks {

	private final TaxonomyManagement taxonomy;

	private final Clock clock;

	MappingSkillChecks(TaxonomyManagement taxonomy, Clock clock) {
		this.taxonomy = taxonomy;
		this.clock = clock;
	}

	List<SkillClaim> checkedSkills(List<SkillClaim> skills) {
		if (skills.size() > CompetenceManagement.MAX_SKILLS) {
			throw new InvalidInputException("skills", "validation.tooManySkills", CompetenceManagement.MAX_SKILLS);
		}
		var checked = skills.stream().map(this::check).toList();
		checkUnique(checked);
		return checked;
	}

	private static void checkUnique(List<SkillClaim> claims) {
		var seen = new HashSet<String>();
		for (var claim : claims) {
			if (!seen.add(claim.skillUri())) {
				throw new InvalidInputException("skills", "validation.duplicateSkill", claim.skillUri());
			}
		}
	}

	SkillClaim check(SkillClaim claim) {
		checkSkill("skillUri", claim.skillUri());
		checkLevel("level", claim.level());
		MappingChecks.checkLength("reference", claim.reference(), CompetenceManagement.MAX_REFERENCE);
		if (claim.evidenceDate() != null && claim.evidenceDate().isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("evidenceDate", "validation.dateInFuture");
		}
		return new SkillClaim(claim.skillUri().strip(), claim.level(), claim.provenance(),
				blankToNull(claim.reference()), claim.evidenceDate(), claim.strength());
	}

	/**
	 * Checks a target, its problems reported on a field.
	 * @param skillField the field of its skill
	 * @param levelField the field of its level
	 * @param target the target
	 */
	void checkTarget(String skillField, String levelField, Target target) {
		checkSkill(skillField, target.skillUri());
		checkLevel(levelField, target.level());
	}

	private void checkSkill(String field, String uri) {
		if (uri.isBlank() || uri.length() > 255 || !taxonomy.isSkill(uri.strip())) {
			throw new InvalidInputException(field, "validation.unknownSkill", uri);
		}
	}

	private static void checkLevel(String field, int level) {
		if (level < 1 || level > 5) {
			throw new InvalidInputException(field, "validation.level");
		}
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
