package fi.osaamo.studies;

import java.sql.Date;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

/**
 * The SQL that writes a study's own record: as its source gave it, and its local note.
 */
@Component
class StudyRecords {

	private static final String UPSERT = """
			insert into studies.study (id, provider, title, description, type, language, municipality_code, online,
			  start_date, end_date, duration_hours, cost_eur, url, source, source_id)
			values (:id, :provider, :title, :description, :type, :language, :municipality, :online, :start, :end,
			  :hours, :cost, :url, :source, :sourceId)
			on conflict (id) do update set provider = excluded.provider, title = excluded.title,
			  description = excluded.description, type = excluded.type, language = excluded.language,
			  municipality_code = excluded.municipality_code, online = excluded.online,
			  start_date = excluded.start_date, end_date = excluded.end_date,
			  duration_hours = excluded.duration_hours, cost_eur = excluded.cost_eur, url = excluded.url,
			  updated_at = now()""";

	private final JdbcClient jdbc;

	StudyRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The study a source gave before under the same source id. */
	Optional<UUID> existing(NewStudy study) {
		if (study.sourceId() == null) {
			return Optional.empty();
		}
		return jdbc.sql("select id from studies.study where source = :source and source_id = :sourceId")
			.param("source", study.source())
			.param("sourceId", study.sourceId())
			.query(UUID.class)
			.optional();
	}

	void upsert(UUID studyId, NewStudy study) {
		withTermsAndSource(withDescription(jdbc.sql(UPSERT).param("id", studyId), study), study).update();
	}

	private static StatementSpec withDescription(StatementSpec sql, NewStudy study) {
		return sql.param("provider", study.provider())
			.param("title", study.title())
			.param("description", study.description())
			.param("type", study.type().name())
			.param("language", study.language())
			.param("municipality", study.municipalityCode())
			.param("online", study.online());
	}

	private static StatementSpec withTermsAndSource(StatementSpec sql, NewStudy study) {
		return sql.param("start", study.startDate() == null ? null : Date.valueOf(study.startDate()))
			.param("end", study.endDate() == null ? null : Date.valueOf(study.endDate()))
			.param("hours", study.durationHours())
			.param("cost", study.costEur())
			.param("url", study.url())
			.param("source", study.source())
			.param("sourceId", study.sourceId());
	}

	void changeNote(UUID id, @Nullable String note) {
		jdbc.sql("update studies.study set local_note = :note, edited_at = now() where id = :id")
			.param("note", note == null || note.isBlank() ? null : note.strip())
			.param("id", id)
			.update();
	}

}
