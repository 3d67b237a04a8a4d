package fi.osaamo.competence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.taxonomy.TaxonomyManagement;
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

	private final TaxonomyManagement taxonomy;

	private final ApplicationEventPublisher events;

	private final SkillLevelReader skillLevels;

	private final Clock clock;

	CompetenceManagement(SkillLevelReader skillLevels, MappingRepository mappings, TaxonomyManagement taxonomy,
			ApplicationEventPublisher events, Clock clock) {
		this.mappings = mappings;
		this.taxonomy = taxonomy;
		this.events = events;
		this.skillLevels = skillLevels;
		this.clock = clock;
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
		var checked = check(claim);
		var previous = mappings.skill(person, checked.skillUri());
		if (previous.isEmpty() && mappings.skills(person).size() >= MAX_SKILLS) {
			throw new InvalidInputException("skillUri", "validation.tooManySkills", MAX_SKILLS);
		}
		var next = mappings.bump(person, version);
		mappings.upsertSkill(person, checked);
		if (previous.map(old -> old.level() != checked.level()).orElse(true)) {
			mappings.assertLevel(person, checked);
		}
		events.publishEvent(new MappingChanged(person));
		return next;
	}

	@Transactional
	public int removeSkill(PersonId person, String skillUri, int version) {
		var next = mappings.bump(person, version);
		mappings.deleteSkill(person, skillUri);
		events.publishEvent(new MappingChanged(person));
		return next;
	}

	@Transactional
	public int saveTarget(PersonId person, Target target, int version) {
		checkSkill("targetUri", target.skillUri());
		checkLevel("targetLevel", target.level());
		var next = mappings.bump(person, version);
		mappings.upsertTarget(person, target);
		events.publishEvent(new MappingChanged(person));
		return next;
	}

	@Transactional
	public int removeTarget(PersonId person, String skillUri, int version) {
		var next = mappings.bump(person, version);
		mappings.deleteTarget(person, skillUri);
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
		var problems = new FormProblems();
		MappingChecks.checkEducation(problems, title, institution, year);
		problems.throwIfAny();
		var next = mappings.bump(person, version);
		mappings.addEducation(person, new Education(UUID.randomUUID(), title.strip(), blankToNull(institution), year));
		return next;
	}

	@Transactional
	public int addWork(PersonId person, String title, @Nullable String employer, @Nullable Integer startYear,
			@Nullable Integer endYear, int version) {
		var problems = new FormProblems();
		MappingChecks.checkWork(problems, title, employer, startYear, endYear);
		problems.throwIfAny();
		var next = mappings.bump(person, version);
		mappings.addWork(person,
				new WorkExperience(UUID.randomUUID(), title.strip(), blankToNull(employer), startYear, endYear));
		return next;
	}

	@Transactional
	public int removeEducation(PersonId person, UUID id, int version) {
		var next = mappings.bump(person, version);
		mappings.deleteEntry(person, "education", id);
		return next;
	}

	@Transactional
	public int removeWork(PersonId person, UUID id, int version) {
		var next = mappings.bump(person, version);
		mappings.deleteEntry(person, "work", id);
		return next;
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
		var checked = checkedSkills(skills);
		for (var target : targets) {
			checkSkill("targets", target.skillUri());
			checkLevel("targets", target.level());
		}
		MappingChecks.checkLength("summary", blankToNull(summary), MAX_SUMMARY);
		mappings.create(person);
		var previous = mappings.skills(person);
		var next = mappings.bump(person, version);
		mappings.deleteSkills(person);
		mappings.deleteTargets(person);
		checked.forEach(claim -> saveReplacing(person, claim, previous));
		targets.forEach(target -> mappings.upsertTarget(person, target));
		mappings.saveSummary(person, blankToNull(summary));
		events.publishEvent(new MappingChanged(person));
		return next;
	}

	private List<SkillClaim> checkedSkills(List<SkillClaim> skills) {
		if (skills.size() > MAX_SKILLS) {
			throw new InvalidInputException("skills", "validation.tooManySkills", MAX_SKILLS);
		}
		var seen = new HashSet<String>();
		var checked = skills.stream().map(this::check).toList();
		for (var claim : checked) {
			if (!seen.add(claim.skillUri())) {
				throw new InvalidInputException("skills", "validation.duplicateSkill", claim.skillUri());
			}
		}
		return checked;
	}

	/**
	 * Saves a skill in place of the previous ones; a new or changed level is asserted.
	 */
	private void saveReplacing(PersonId person, SkillClaim claim, List<SkillClaim> previous) {
		mappings.upsertSkill(person, claim);
		var before = previous.stream().filter(old -> old.skillUri().equals(claim.skillUri())).findFirst();
		if (before.map(old -> old.level() != claim.level()).orElse(true)) {
			mappings.assertLevel(person, claim);
		}
	}

	public List<Assertion> history(PersonId person) {
		return mappings.history(person);
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

	private SkillClaim check(SkillClaim claim) {
		checkSkill("skillUri", claim.skillUri());
		checkLevel("level", claim.level());
		MappingChecks.checkLength("reference", claim.reference(), MAX_REFERENCE);
		if (claim.evidenceDate() != null && claim.evidenceDate().isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("evidenceDate", "validation.dateInFuture");
		}
		return new SkillClaim(claim.skillUri().strip(), claim.level(), claim.provenance(),
				blankToNull(claim.reference()), claim.evidenceDate(), claim.strength());
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

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
