package fi.osaamo.competence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competence mapping's API. Every change names the version the user saw and is
 * refused when someone (another tab) saved in between; input is checked before anything
 * is written, so nothing is saved half-way.
 */
@Service
public class CompetenceManagement {

	static final int MAX_SUMMARY = 4000;

	static final int MAX_TEXT = 200;

	static final int MAX_REFERENCE = 300;

	static final int MAX_SKILLS = 300;

	private final MappingRepository mappings;

	private final SkillClaims claims;

	private final Targets targets;

	private final BackgroundEntries background;

	private final SkillChecks checks;

	private final SkillLevelReader skillLevels;

	private final ApplicationEventPublisher events;

	CompetenceManagement(MappingRepository mappings, SkillClaims claims, Targets targets, BackgroundEntries background,
			SkillChecks checks, SkillLevelReader skillLevels, ApplicationEventPublisher events) {
		this.mappings = mappings;
		this.claims = claims;
		this.targets = targets;
		this.background = background;
		this.checks = checks;
		this.skillLevels = skillLevels;
		this.events = events;
	}

	public Optional<Mapping> mapping(PersonId person) {
		return mappings.find(person);
	}

	public boolean hasMapping(PersonId person) {
		return mappings.exists(person);
	}

	/**
	 * Starts an empty mapping; starting again changes nothing.
	 * @param person whose
	 */
	@Transactional
	public void start(PersonId person) {
		mappings.create(person);
	}

	/**
	 * Adds a skill or changes one already claimed. A new or changed level is recorded as
	 * a new dated assertion.
	 * @param person whose mapping
	 * @param claim the skill
	 * @param version the version the user saw
	 * @return the new version
	 */
	@Transactional
	public int saveSkill(PersonId person, SkillClaim claim, int version) {
		var checked = checks.check(claim);
		var previous = claims.skill(person, checked.skillUri());
		if (previous.isEmpty() && claims.skills(person).size() >= MAX_SKILLS) {
			throw new InvalidInputException("skillUri", "validation.tooManySkills", MAX_SKILLS);
		}
		var next = mappings.bump(person, version);
		claims.save(person, checked, previous);
		events.publishEvent(new MappingChanged(person));
		return next;
	}

	@Transactional
	public int removeSkill(PersonId person, String skillUri, int version) {
		var next = mappings.bump(person, version);
		claims.deleteSkill(person, skillUri);
		events.publishEvent(new MappingChanged(person));
		return next;
	}

	@Transactional
	public int saveTarget(PersonId person, Target target, int version) {
		checks.checkTarget("targetUri", "targetLevel", target);
		var next = mappings.bump(person, version);
		targets.upsertTarget(person, target);
		events.publishEvent(new MappingChanged(person));
		return next;
	}

	@Transactional
	public int removeTarget(PersonId person, String skillUri, int version) {
		var next = mappings.bump(person, version);
		targets.deleteTarget(person, skillUri);
		return next;
	}

	@Transactional
	public int saveSummary(PersonId person, @Nullable String summary, int version) {
		var text = blankToNull(summary);
		MappingChecks.checkLength("summary", text, MAX_SUMMARY);
		var next = mappings.bump(person, version);
		mappings.saveSummary(person, text);
		return next;
	}

	@Transactional
	public int addEducation(PersonId person, String title, @Nullable String institution, @Nullable Integer year,
			int version) {
		return background.addEducation(person, title, institution, year, version);
	}

	@Transactional
	public int addWork(PersonId person, String title, @Nullable String employer, @Nullable Integer startYear,
			@Nullable Integer endYear, int version) {
		return background.addWork(person, title, employer, startYear, endYear, version);
	}

	@Transactional
	public int removeEducation(PersonId person, UUID id, int version) {
		return background.remove(person, "education", id, version);
	}

	@Transactional
	public int removeWork(PersonId person, UUID id, int version) {
		return background.remove(person, "work", id, version);
	}

	/**
	 * Replaces the skills, targets and summary at once (the JSON API's PUT). All of it is
	 * checked first; on any error nothing changes.
	 * @param person whose mapping
	 * @param skills the skills
	 * @param targets the targets
	 * @param summary the summary
	 * @param version the version the caller read
	 * @return the new version
	 */
	@Transactional
	public int replace(PersonId person, List<SkillClaim> skills, List<Target> targets, @Nullable String summary,
			int version) {
		var checked = checks.checkedSkills(skills);
		targets.forEach(target -> checks.checkTarget("targets", "targets", target));
		MappingChecks.checkLength("summary", blankToNull(summary), MAX_SUMMARY);
		mappings.create(person);
		var previous = claims.skills(person);
		var next = mappings.bump(person, version);
		overwrite(person, checked, previous, targets, blankToNull(summary));
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

	public List<Assertion> history(PersonId person) {
		return claims.history(person);
	}

	/**
	 * Every person's current skills and levels, one person at a time, in one query.
	 * @param consumer receives each person's skills
	 */
	public void forEachSkillLevels(Consumer<SkillLevels> consumer) {
		skillLevels.forEach(consumer);
	}

	/**
	 * One person's current skills and levels.
	 * @param person the person
	 * @return their skills, if they have a mapping
	 */
	public Optional<SkillLevels> skillLevels(PersonId person) {
		return skillLevels.of(person);
	}

	/**
	 * Deletes the mapping and everything in it: skills, history, targets, education,
	 * work, what was shared and the log of views.
	 * @param person whose
	 */
	@Transactional
	public void delete(PersonId person) {
		mappings.delete(person);
		events.publishEvent(new MappingDeleted(person));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
