package fi.osaamo.jobs;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes job tasks with their required skills.
 */
@Repository
class JobRepository {

	private static final String UPDATE = """
			update jobs.job_task set title = :title, description = :description, occupation_uri = :occupation,
			  location = :location, municipality_code = :municipality, apply_from = :from, apply_to = :to,
			  start_date = :start, status = :status,
			  published_at = coalesce(published_at, case when :status = 'OPEN' then now() end),
			  updated_at = now(), version = version + 1
			where id = :id and version = :version""";

	private static final String INSERT_SKILL = """
			insert into jobs.required_skill (job_id, skill_uri, min_level, importance, weight)
			values (:id, :uri, :level, :importance, :weight)""";

	private final JdbcClient jdbc;

	JobRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(JobId id, OrganisationId organisation, PersonId creator, JobDraft draft) {
		jdbc.sql("""
				insert into jobs.job_task (id, organisation_id, title, description, occupation_uri, location,
				  municipality_code, apply_from, apply_to, start_date, status, created_by, published_at)
				values (:id, :organisation, :title, :description, :occupation, :location, :municipality, :from, :to,
				  :start, :status, :creator, case when :status = 'OPEN' then now() end)""")
			.params(Map.of("id", id.value(), "organisation", organisation.value(), "creator", creator.value()))
			.params(fields(draft))
			.update();
		insertSkills(id, draft.requiredSkills());
	}

	void update(JobId id, JobDraft draft, int version) {
		var updated = jdbc.sql(UPDATE).param("id", id.value()).param("version", version).params(fields(draft)).update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
		jdbc.sql("delete from jobs.required_skill where job_id = :id").param("id", id.value()).update();
		insertSkills(id, draft.requiredSkills());
	}

	private void insertSkills(JobId id, List<RequiredSkill> skills) {
		for (var skill : skills) {
			jdbc.sql(INSERT_SKILL)
				.param("id", id.value())
				.param("uri", skill.skillUri())
				.param("level", skill.level())
				.param("importance", skill.importance().name())
				.param("weight", skill.weight())
				.update();
		}
	}

	private static Map<String, Object> fields(JobDraft draft) {
		var fields = new HashMap<String, Object>();
		fields.put("title", draft.title());
		fields.put("description", draft.description());
		fields.put("occupation", draft.occupationUri());
		fields.put("location", draft.location());
		fields.put("municipality", draft.municipalityCode());
		putDates(fields, draft);
		fields.put("status", draft.status().name());
		return fields;
	}

	private static void putDates(Map<String, Object> fields, JobDraft draft) {
		fields.put("from", date(draft.applyFrom()));
		fields.put("to", date(draft.applyTo()));
		fields.put("start", date(draft.startDate()));
	}

	void close(JobId id) {
		jdbc.sql("update jobs.job_task set status = 'CLOSED', updated_at = now(), version = version + 1 where id = :id")
			.param("id", id.value())
			.update();
	}

	void delete(JobId id) {
		jdbc.sql("delete from jobs.job_task where id = :id").param("id", id.value()).update();
	}

	private static @Nullable Date date(@Nullable LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

}
