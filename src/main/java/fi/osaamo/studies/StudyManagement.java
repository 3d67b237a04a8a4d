package fi.osaamo.studies;

import java.sql.Date;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The studies' API: listing and filtering, studies that teach given skills, adding
 * studies from a source, and local corrections kept apart from the original.
 */
@Service
public class StudyManagement {

	private final JdbcClient jdbc;

	private final TaxonomyManagement taxonomy;

	private final StudyQueries queries;

	private final ApplicationEventPublisher events;

	StudyManagement(JdbcClient jdbc, TaxonomyManagement taxonomy, StudyQueries queries,
			ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
		this.queries = queries;
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
		return queries.list(query, skills, type, language, page, size);
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
		return queries.starting(query, skills, type, language, month, from, byTitle, page, size);
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
		return jdbc.sql("select count(*) from studies.study").query(Long.class).single();
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
		var studyId = existing(study).orElseGet(UUID::randomUUID);
		upsert(studyId, study);
		replaceSourceSkills(studyId, study.skills());
		events.publishEvent(new StudyChanged(studyId));
		return studyId;
	}

	/** The study a source gave before under the same source id. */
	private Optional<UUID> existing(NewStudy study) {
		if (study.sourceId() == null) {
			return Optional.empty();
		}
		return jdbc.sql("select id from studies.study where source = :source and source_id = :sourceId")
			.param("source", study.source())
			.param("sourceId", study.sourceId())
			.query(UUID.class)
			.optional();
	}

	private void upsert(UUID studyId, NewStudy study) {
		jdbc.sql("""
				insert into studies.study (id, provider, title, description, type, language, municipality_code, online,
				  start_date, end_date, duration_hours, cost_eur, url, source, source_id)
				values (:id, :provider, :title, :description, :type, :language, :municipality, :online, :start, :end,
				  :hours, :cost, :url, :source, :sourceId)
				on conflict (id) do update set provider = excluded.provider, title = excluded.title,
				  description = excluded.description, type = excluded.type, language = excluded.language,
				  municipality_code = excluded.municipality_code, online = excluded.online,
				  start_date = excluded.start_date, end_date = excluded.end_date,
				  duration_hours = excluded.duration_hours, cost_eur = excluded.cost_eur, url = excluded.url,
				  updated_at = now()""")
			.param("id", studyId)
			.param("provider", study.provider())
			.param("title", study.title())
			.param("description", study.description())
			.param("type", study.type().name())
			.param("language", study.language())
			.param("municipality", study.municipalityCode())
			.param("online", study.online())
			.param("start", study.startDate() == null ? null : Date.valueOf(study.startDate()))
			.param("end", study.endDate() == null ? null : Date.valueOf(study.endDate()))
			.param("hours", study.durationHours())
			.param("cost", study.costEur())
			.param("url", study.url())
			.param("source", study.source())
			.param("sourceId", study.sourceId())
			.update();
	}

	/** Replaces the skills the source claims; local corrections and proposals stay. */
	private void replaceSourceSkills(UUID studyId, Collection<String> skills) {
		jdbc.sql("delete from studies.skill where study_id = :id and origin = 'SOURCE'").param("id", studyId).update();
		for (var skill : skills) {
			jdbc.sql("""
					insert into studies.skill (study_id, skill_uri, origin) values (:id, :uri, 'SOURCE')
					on conflict (study_id, skill_uri) do nothing""").param("id", studyId).param("uri", skill).update();
		}
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
		jdbc.sql("update studies.study set local_note = :note, edited_at = now() where id = :id")
			.param("note", note == null || note.isBlank() ? null : note.strip())
			.param("id", id)
			.update();
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
		jdbc.sql("""
				insert into studies.skill (study_id, skill_uri, origin) values (:id, :uri, 'LOCAL')
				on conflict (study_id, skill_uri) do update set hidden = false,
				  origin = case when studies.skill.origin = 'PROPOSED' then 'LOCAL' else studies.skill.origin end""")
			.param("id", id)
			.param("uri", skillUri)
			.update();
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
		jdbc.sql("delete from studies.skill where study_id = :id and origin = 'PROPOSED'").param("id", id).update();
		for (var uri : skillUris) {
			jdbc.sql("""
					insert into studies.skill (study_id, skill_uri, origin, hidden) values (:id, :uri, 'PROPOSED', true)
					on conflict (study_id, skill_uri) do nothing""").param("id", id).param("uri", uri).update();
		}
	}

	/**
	 * The skills proposed for a study that no one has confirmed yet.
	 * @param id the study
	 * @return their ESCO URIs
	 */
	public List<String> proposedSkills(UUID id) {
		return jdbc
			.sql("select skill_uri from studies.skill where study_id = :id and origin = 'PROPOSED' order by skill_uri")
			.param("id", id)
			.query(String.class)
			.list();
	}

	/**
	 * Hides a skill the source claims the study teaches, or removes a local one; the
	 * source's claim itself is kept.
	 * @param id the study
	 * @param skillUri the ESCO skill
	 */
	@Transactional
	public void removeSkill(UUID id, String skillUri) {
		jdbc.sql(
				"delete from studies.skill where study_id = :id and skill_uri = :uri and origin in ('LOCAL', 'PROPOSED')")
			.param("id", id)
			.param("uri", skillUri)
			.update();
		jdbc.sql(
				"update studies.skill set hidden = true where study_id = :id and skill_uri = :uri and origin = 'SOURCE'")
			.param("id", id)
			.param("uri", skillUri)
			.update();
		events.publishEvent(new StudyChanged(id));
	}

}
