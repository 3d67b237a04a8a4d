package fi.osaamo.studies;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The studies' API: listing and filtering, studies that teach given skills, adding
 * studies from a source, and local corrections kept apart from the original.
 */
@Service
public class StudyManagement {

	private final TaxonomyManagement taxonomy;

	private final StudyQueries queries;

	private final StudySearch search;

	private final StudyRecords records;

	private final StudySkills skills;

	private final ApplicationEventPublisher events;

	StudyManagement(TaxonomyManagement taxonomy, StudyQueries queries, StudySearch search, StudyRecords records,
			StudySkills skills, ApplicationEventPublisher events) {
		this.events = events;
		this.taxonomy = taxonomy;
		this.queries = queries;
		this.search = search;
		this.records = records;
		this.skills = skills;
	}

	public Optional<Study> find(UUID id) {
		return queries.find(id);
	}

	/**
	 * Studies by type, language and words, those starting soonest first.
	 * @param query words in the title, provider or description, typing errors and other
	 * word forms forgiven
	 * @param skills skills named by the same words, whose studies count as found too
	 * @param type only this type, or all
	 * @param language only this teaching language, or all
	 * @param page the page, from 0
	 * @param size the page size
	 * @return the page
	 */
	public StudyPage list(String query, Collection<String> skills, @Nullable StudyType type, @Nullable String language,
			int page, int size) {
		return search.list(new StudyFilter(query, skills, type, language), page, size);
	}

	/**
	 * Studies starting on or after a day, found by words or by the skills they teach,
	 * with filters; those teaching a named skill count as found by the words too.
	 * @param query words in the title, provider or description
	 * @param skills skills named by the same words, or none
	 * @param type only this type, or all
	 * @param language only this teaching language, or all
	 * @param month only studies starting in this month, or all
	 * @param from the first start day (today for "starting")
	 * @param byTitle order by title instead of start date
	 * @param page the page, from 0
	 * @param size the page size
	 * @return the page
	 */
	public StudyPage starting(String query, Collection<String> skills, @Nullable StudyType type,
			@Nullable String language, @Nullable YearMonth month, LocalDate from, boolean byTitle, int page, int size) {
		return search.starting(new StudyFilter(query, skills, type, language), month, from, byTitle, page, size);
	}

	/**
	 * Studies that teach any of the skills: those teaching more of them first, then those
	 * ending before the date, then the shortest and cheapest.
	 * @param skills the skills wanted
	 * @param endBefore the date by which a study should end, if any
	 * @param limit how many at most
	 * @return the studies
	 */
	public List<Study> teaching(Collection<String> skills, @Nullable LocalDate endBefore, int limit) {
		return queries.teaching(skills, endBefore, limit);
	}

	/**
	 * Studies in id order after a cursor, for the public open-data API.
	 * @param after the last id of the previous page, or {@code null} for the first
	 * @param municipalities only studies taught in these municipalities (Statistics
	 * Finland codes), or {@code null} for all
	 * @param limit how many
	 * @return the studies
	 */
	public List<Study> after(@Nullable UUID after, @Nullable Collection<String> municipalities, int limit) {
		return queries.after(after, municipalities, limit);
	}

	public long count() {
		return queries.count();
	}

	/**
	 * Adds a study, or updates it when its source already gave it (by source id).
	 * @param study the study
	 * @return its id
	 */
	@Transactional
	public UUID save(NewStudy study) {
		if (study.endDate() != null && study.startDate() != null && study.endDate().isBefore(study.startDate())) {
			throw new InvalidInputException("endDate", "validation.endBeforeStart");
		}
		var studyId = records.existing(study).orElseGet(UUID::randomUUID);
		records.upsert(studyId, study);
		skills.replaceSourceSkills(studyId, study.skills());
		events.publishEvent(new StudyChanged(studyId));
		return studyId;
	}

	/**
	 * Changes the local note; the original record stays as it came.
	 * @param id the study
	 * @param note the note, or empty
	 */
	@Transactional
	public void changeNote(UUID id, @Nullable String note) {
		if (note != null && note.length() > 2000) {
			throw new InvalidInputException("note", "validation.tooLong", 2000);
		}
		records.changeNote(id, note);
		events.publishEvent(new StudyChanged(id));
	}

	/**
	 * Adds a skill the study teaches, as a local correction.
	 * @param id the study
	 * @param skillUri the ESCO skill
	 */
	@Transactional
	public void addSkill(UUID id, String skillUri) {
		if (!taxonomy.isSkill(skillUri)) {
			throw new InvalidInputException("skillUri", "validation.unknownSkill", skillUri);
		}
		skills.addLocal(id, skillUri);
		events.publishEvent(new StudyChanged(id));
	}

	/**
	 * Replaces the machine-proposed skills of a study; they stay out of every listing
	 * until a person confirms them with {@link #addSkill}. Skills already taught are not
	 * proposed.
	 * @param id the study
	 * @param skillUris the proposed ESCO skills
	 */
	@Transactional
	public void proposeSkills(UUID id, Collection<String> skillUris) {
		skills.propose(id, skillUris);
	}

	/**
	 * The skills proposed for a study that no one has confirmed yet.
	 * @param id the study
	 * @return their ESCO URIs
	 */
	public List<String> proposedSkills(UUID id) {
		return skills.proposed(id);
	}

	/**
	 * Hides a skill the source claims the study teaches, or removes a local one; the
	 * source's claim itself is kept.
	 * @param id the study
	 * @param skillUri the ESCO skill
	 */
	@Transactional
	public void removeSkill(UUID id, String skillUri) {
		skills.remove(id, skillUri);
		events.publishEvent(new StudyChanged(id));
	}

}
