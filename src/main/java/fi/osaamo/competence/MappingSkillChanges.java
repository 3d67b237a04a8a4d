package fi.osaamo.competence;

import java.util.List;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Changes to the skills and targets of a mapping, checked first and made against the
 * version the user saw, in the caller's transaction.
 */
@Component
class MappingSkillChanges {

	private final MappingRepository mappings;

	private final SkillClaims claims;

	private final SkillTargets targets;

	private final MappingSkillChecks checks;

	private final ApplicationEventPublisher events;

	MappingSkillChanges(MappingRepository mappings, SkillClaims claims, SkillTargets targets, MappingSkillChecks checks,
			ApplicationEventPublisher events) {
		this.mappings = mappings;
		this.claims = claims;
		this.targets = targets;
		this.checks = checks;
		this.events = events;
	}

	int saveSkill(PersonId person, SkillClaim claim, int version) {
		var checked = checks.check(claim);
		var previous = claims.skill(person, checked.skillUri());
		if (previous.isEmpty() && claims.skills(person).size() >= CompetenceManagement.MAX_SKILLS) {
			throw new InvalidInputException("skillUri", "validation.tooManySkills", CompetenceManagement.MAX_SKILLS);
		}
		var next = mappings.bump(person, version);
		claims.save(person, checked, previous);
		events.publishEvent(new MappingChanged(person));
		return next;
	}

	int removeSkill(PersonId person, String skillUri, int version) {
		var next = mappings.bump(person, version);
		claims.deleteSkill(person, skillUri);
		events.publishEvent(new MappingChanged(person));
		return next;
	}

	int saveTarget(PersonId person, Target target, int version) {
		checks.checkTarget("targetUri", "targetLevel", target);
		var next = mappings.bump(person, version);
		targets.upsertTarget(person, target);
		events.publishEvent(new MappingChanged(person));
		return next;
	}

	int removeTarget(PersonId person, String skillUri, int version) {
		var next = mappings.bump(person, version);
		targets.deleteTarget(person, skillUri);
		return next;
	}

	int replace(PersonId person, List<SkillClaim> skills, List<Target> targets, @Nullable String summary, int version) {
		var checked = checks.checkedSkills(skills);
		targets.forEach(target -> checks.checkTarget("targets", "targets", target));
		MappingChecks.checkLength("summary", MappingSkillChecks.blankToNull(summary), CompetenceManagement.MAX_SUMMARY);
		mappings.create(person);
		var previous = claims.skills(person);
		var next = mappings.bump(person, version);
		overwrite(person, checked, previous, targets, MappingSkillChecks.blankToNull(summary));
		events.publishEvent(new MappingChanged(person));
		return next;
	}

	/**
	 * Puts skills, targets and a summary in place of the previous ones; a new or changed
	 * level is asserted.
	 */
	private void overwrite(PersonId person, List<SkillClaim> checked, List<SkillClaim> previous,
			List<Target> newTargets, @Nullable String summary) {
		claims.deleteSkills(person);
		targets.deleteTargets(person);
		checked.forEach(claim -> claims.save(person, claim,
				previous.stream().filter(old -> old.skillUri().equals(claim.skillUri())).findFirst()));
		newTargets.forEach(target -> targets.upsertTarget(person, target));
		mappings.saveSummary(person, summary);
	}

}
