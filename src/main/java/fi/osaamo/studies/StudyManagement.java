package fi.osaamo.studies;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.taxonomy.TaxonomyManagement;
import fi.osaamo.platform.LikePatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The studies' API: listing and filtering, studies that teach given skills, adding
 * studies from a source, and local corrections kept apart from the original.
 */
@Service
public class StudyManagement {

	private static final String COLUMNS = """
			s.id, s.provider, s.title, s.description, s.type, s.language, s.municipality_code, s.online, s.start_date,
			s.end_date, s.duration_hours, s.cost_eur, s.url, s.local_note,
			array(select k.skill_uri from studies.skill k where k.study_id = s.id and not k.hidden order by k.skill_uri) as skills""";

	private final JdbcClient jdbc;

	private final TaxonomyManagement taxonomy;

	private final org.springframework.context.ApplicationEventPublisher events;

	StudyManagement(JdbcClient jdbc, TaxonomyManagement taxonomy,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
	}

	public Optional<Study> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from studies.study s where s.id = :id")
			.param("id", id)
			.query(StudyManagement::study)
			.optional();
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
		var where = """
				from studies.study s where (cast(:type as varchar) is null or s.type = :type)
				and (cast(:language as varchar) is null or s.language = :language)
				and (:query = '' or s.title ilike :pattern or s.provider ilike :pattern
				     or coalesce(s.description, '') ilike :pattern or public.osaamo_fold(:query) <% s.search_text
				     or exists (select 1 from studies.skill k where k.study_id = s.id and not k.hidden
				                and k.skill_uri = any(:skills)))""";
		var trimmed = query.strip();
		var pattern = LikePatterns.containing(trimmed);
		var total = jdbc.sql("select count(*)" + where)
			.param("type", type == null ? null : type.name())
			.param("language", language)
			.param("query", trimmed)
			.param("pattern", pattern)
			.param("skills", skills.toArray(String[]::new))
			.query(Long.class)
			.single();
		var items = jdbc
			.sql("select " + COLUMNS + " " + where + " order by " + (trimmed.isEmpty() ? ""
					: "s.title ilike :pattern desc, exists (select 1 from studies.skill k where k.study_id = s.id"
							+ " and not k.hidden and k.skill_uri = any(:skills)) desc,"
							+ " word_similarity(public.osaamo_fold(:query), s.search_text) desc, ")
					+ "s.start_date nulls last, s.title, s.id limit :size offset :offset")
			.param("type", type == null ? null : type.name())
			.param("language", language)
			.param("query", trimmed)
			.param("pattern", pattern)
			.param("skills", skills.toArray(String[]::new))
			.param("size", size)
			.param("offset", (long) Math.max(0, page) * size)
			.query(StudyManagement::study)
			.list();
		return new StudyPage(items, Math.max(0, page), size, total);
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
			@Nullable String language, java.time.@Nullable YearMonth month, LocalDate from, boolean byTitle, int page,
			int size) {
		var where = " " + """
				from studies.study s where (cast(:type as varchar) is null or s.type = :type)
				and (cast(:language as varchar) is null or s.language = :language)
				and (s.start_date is null or s.start_date >= :from)
				and (cast(:monthStart as date) is null or (s.start_date >= cast(:monthStart as date)
				     and s.start_date < cast(:monthEnd as date)))
				and (:query = '' or s.title ilike :pattern or s.provider ilike :pattern
				     or coalesce(s.description, '') ilike :pattern or public.osaamo_fold(:query) <% s.search_text
				     or exists (select 1 from studies.skill k where k.study_id = s.id and not k.hidden
				                and k.skill_uri = any(:skills)))""";
		var trimmed = query.strip();
		var pattern = LikePatterns.containing(trimmed);
		var monthStart = month == null ? null : Date.valueOf(month.atDay(1));
		var monthEnd = month == null ? null : Date.valueOf(month.plusMonths(1).atDay(1));
		java.util.function.UnaryOperator<org.springframework.jdbc.core.simple.JdbcClient.StatementSpec> bind = sql -> sql
			.param("type", type == null ? null : type.name())
			.param("language", language)
			.param("from", Date.valueOf(from))
			.param("monthStart", monthStart)
			.param("monthEnd", monthEnd)
			.param("query", trimmed)
			.param("pattern", pattern)
			.param("skills", skills.toArray(String[]::new));
		var total = bind.apply(jdbc.sql("select count(*)" + where)).query(Long.class).single();
		var items = bind
			.apply(jdbc.sql("select " + COLUMNS + where
					+ (byTitle ? " order by s.title, s.id" : " order by s.start_date nulls last, s.title, s.id")
					+ " limit :size offset :offset"))
			.param("size", size)
			.param("offset", (long) Math.max(0, page) * size)
			.query(StudyManagement::study)
			.list();
		return new StudyPage(items, Math.max(0, page), size, total);
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
		if (skills.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select " + COLUMNS
					+ """
							, (select count(*) from studies.skill k where k.study_id = s.id and not k.hidden and k.skill_uri = any(:skills)) as covered
							from studies.study s
							where exists (select 1 from studies.skill k where k.study_id = s.id and not k.hidden and k.skill_uri = any(:skills))
							  and (s.start_date is null or s.start_date >= current_date - 30)
							order by covered desc,
							  case when cast(:end as date) is not null and s.end_date is not null and s.end_date <= cast(:end as date) then 0 else 1 end,
							  s.duration_hours nulls last, s.cost_eur nulls last, s.id
							limit :limit""")
			.param("skills", skills.toArray(String[]::new))
			.param("end", endBefore == null ? null : Date.valueOf(endBefore))
			.param("limit", limit)
			.query(StudyManagement::study)
			.list();
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
		return jdbc
			.sql("select " + COLUMNS
					+ " from studies.study s where (cast(:after as uuid) is null or s.id > cast(:after as uuid))"
					+ " and (not :filtered or s.municipality_code = any(:municipalities)) order by s.id limit :limit")
			.param("after", after)
			.param("filtered", municipalities != null)
			.param("municipalities", municipalities == null ? new String[0] : municipalities.toArray(String[]::new))
			.param("limit", limit)
			.query(StudyManagement::study)
			.list();
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
		var id = study.sourceId() == null ? Optional.<UUID>empty()
				: jdbc.sql("select id from studies.study where source = :source and source_id = :sourceId")
					.param("source", study.source())
					.param("sourceId", study.sourceId())
					.query(UUID.class)
					.optional();
		var studyId = id.orElseGet(UUID::randomUUID);
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
		jdbc.sql("delete from studies.skill where study_id = :id and origin = 'SOURCE'").param("id", studyId).update();
		for (var skill : study.skills()) {
			jdbc.sql("""
					insert into studies.skill (study_id, skill_uri, origin) values (:id, :uri, 'SOURCE')
					on conflict (study_id, skill_uri) do nothing""").param("id", studyId).param("uri", skill).update();
		}
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

	private static Study study(ResultSet rs, int row) throws SQLException {
		var start = rs.getDate("start_date");
		var end = rs.getDate("end_date");
		return new Study(rs.getObject("id", UUID.class), rs.getString("provider"), rs.getString("title"),
				rs.getString("description"), StudyType.valueOf(rs.getString("type")), rs.getString("language"),
				rs.getString("municipality_code"), rs.getBoolean("online"), start == null ? null : start.toLocalDate(),
				end == null ? null : end.toLocalDate(), rs.getObject("duration_hours", Integer.class),
				rs.getBigDecimal("cost_eur"), rs.getString("url"), List.of((String[]) rs.getArray("skills").getArray()),
				rs.getString("local_note"));
	}

}
