package fi.osaamo.competence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import fi.osaamo.identity.PersonId;
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

	private final MappingSkillChanges changes;

	private final BackgroundEntries background;

	private final SkillClaims claims;

	private final SkillLevelReader skillLevels;

	private final ApplicationEventPublisher events;

	CompetenceManagement(MappingRepository mappings, MappingSkillChanges changes, BackgroundEntries background,
			SkillClaims claims, SkillLevelReader skillLevels, ApplicationEventPublisher events) {
		this.mappings = mappings;
		this.changes = changes;
		this.background = background;
		this.claims = claims;
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
		return changes.saveSkill(person, claim, version);
	}

	@Transactional
	public int removeSkill(PersonId person, String skillUri, int version) {
		return changes.removeSkill(person, skillUri, version);
	}

	@Transactional
	public int saveTarget(PersonId person, Target target, int version) {
		return changes.saveTarget(person, target, version);
	}

	@Transactional
	public int removeTarget(PersonId person, String skillUri, int version) {
		return changes.removeTarget(person, skillUri, version);
	}

	@Transactional
	public int saveSummary(PersonId person, @Nullable String summary, int version) {
		return background.saveSummary(person, summary, version);
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
		return changes.replace(person, skills, targets, summary, version);
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

}
