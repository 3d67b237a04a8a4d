package fi.osaamo.jobs;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.LikePatterns;
import fi.osaamo.platform.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JobRepository {

	private static final String COLUMNS = """
			id, organisation_id, created_by, title, description, occupation_uri, location, municipality_code,
			apply_from, apply_to, start_date, (published_at at time zone 'Europe/Helsinki')::date as published_on,
			status, version""";

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
			.param("id", id.value())
			.param("organisation", organisation.value())
			.param("creator", creator.value())
			.params(fields(draft))
			.update();
		insertSkills(id, draft.requiredSkills());
	}

	List<JobTask> open(@Nullable UUID after, @Nullable Collection<String> municipalities, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from jobs.job_task where status = 'OPEN'"
					+ " and (cast(:after as uuid) is null or id > cast(:after as uuid))"
					+ " and (not :filtered or municipality_code = any(:municipalities)) order by id limit :limit")
			.param("after", after)
			.param("filtered", municipalities != null)
			.param("municipalities", municipalities == null ? new String[0] : municipalities.toArray(String[]::new))
			.param("limit", limit)
			.query(this::task)
			.list();
	}

	List<JobTask> openMatching(String query, long offset, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from jobs.job_task where status = 'OPEN' and title ilike :pattern"
					+ " order by created_at desc, id limit :limit offset :offset")
			.param("pattern", fi.osaamo.platform.LikePatterns.containing(query))
			.param("limit", limit)
			.param("offset", offset)
			.query(this::task)
			.list();
	}

	long countOpenMatching(String query) {
		return jdbc.sql("select count(*) from jobs.job_task where status = 'OPEN' and title ilike :pattern")
			.param("pattern", fi.osaamo.platform.LikePatterns.containing(query))
			.query(Long.class)
			.single();
	}

	List<JobTask> openOf(OrganisationId organisation, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from jobs.job_task where status = 'OPEN' and organisation_id = :organisation"
					+ " order by created_at desc limit :limit")
			.param("organisation", organisation.value())
			.param("limit", limit)
			.query(this::task)
			.list();
	}

	java.util.Map<OrganisationId, Integer> countOpenOf(java.util.Collection<OrganisationId> organisations) {
		var counts = new java.util.HashMap<OrganisationId, Integer>();
		if (organisations.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				select organisation_id, count(*) as tasks from jobs.job_task
				where status = 'OPEN' and organisation_id = any(:organisations) group by organisation_id""")
			.param("organisations", organisations.stream().map(OrganisationId::value).toArray(java.util.UUID[]::new))
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> counts
				.put(new OrganisationId(rs.getObject("organisation_id", java.util.UUID.class)), rs.getInt("tasks")));
		return counts;
	}

	void update(JobId id, JobDraft draft, int version) {
		var updated = jdbc.sql("""
				update jobs.job_task set title = :title, description = :description, occupation_uri = :occupation,
				  location = :location, municipality_code = :municipality, apply_from = :from, apply_to = :to,
				  start_date = :start, status = :status,
				  published_at = coalesce(published_at, case when :status = 'OPEN' then now() end),
				  updated_at = now(), version = version + 1
				where id = :id and version = :version""")
			.param("id", id.value())
			.param("version", version)
			.params(fields(draft))
			.update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
		jdbc.sql("delete from jobs.required_skill where job_id = :id").param("id", id.value()).update();
		insertSkills(id, draft.requiredSkills());
	}

	private void insertSkills(JobId id, List<RequiredSkill> skills) {
		for (var skill : skills) {
			jdbc.sql("""
					insert into jobs.required_skill (job_id, skill_uri, min_level, importance, weight)
					values (:id, :uri, :level, :importance, :weight)""")
				.param("id", id.value())
				.param("uri", skill.skillUri())
				.param("level", skill.level())
				.param("importance", skill.importance().name())
				.param("weight", skill.weight())
				.update();
		}
	}

	private static java.util.Map<String, Object> fields(JobDraft draft) {
		var fields = new java.util.HashMap<String, Object>();
		fields.put("title", draft.title());
		fields.put("description", draft.description());
		fields.put("occupation", draft.occupationUri());
		fields.put("location", draft.location());
		fields.put("municipality", draft.municipalityCode());
		fields.put("from", date(draft.applyFrom()));
		fields.put("to", date(draft.applyTo()));
		fields.put("start", date(draft.startDate()));
		fields.put("status", draft.status().name());
		return fields;
	}

	void close(JobId id) {
		jdbc.sql("update jobs.job_task set status = 'CLOSED', updated_at = now(), version = version + 1 where id = :id")
			.param("id", id.value())
			.update();
	}

	void delete(JobId id) {
		jdbc.sql("delete from jobs.job_task where id = :id").param("id", id.value()).update();
	}

	Optional<JobTask> find(JobId id) {
		return jdbc.sql("select " + COLUMNS + " from jobs.job_task where id = :id")
			.param("id", id.value())
			.query(this::task)
			.optional();
	}

	JobPage page(List<OrganisationId> organisations, @Nullable JobStatus status, boolean includeDrafts, String query,
			int page, int size) {
		var where = """
				from jobs.job_task where organisation_id = any(:organisations)
				and (cast(:status as varchar) is null or status = :status)
				and (:drafts or status <> 'DRAFT')
				and (:query = '' or title ilike :pattern or coalesce(description, '') ilike :pattern
				     or public.osaamo_fold(:query) <% search_text)""";
		var trimmed = query.strip();
		var pattern = LikePatterns.containing(trimmed);
		var ids = organisations.stream().map(OrganisationId::value).toArray(UUID[]::new);
		var total = jdbc.sql("select count(*)" + where)
			.param("organisations", ids)
			.param("status", status == null ? null : status.name())
			.param("drafts", includeDrafts)
			.param("query", trimmed)
			.param("pattern", pattern)
			.query(Long.class)
			.single();
		var items = jdbc.sql("select " + COLUMNS + " " + where + " order by "
				+ (trimmed.isEmpty() ? ""
						: "title ilike :pattern desc, word_similarity(public.osaamo_fold(:query), search_text) desc, ")
				+ "case status when 'OPEN' then 0 when 'DRAFT' then 1 else 2 end, apply_to nulls last, created_at desc, id"
				+ " limit :size offset :offset")
			.param("organisations", ids)
			.param("status", status == null ? null : status.name())
			.param("drafts", includeDrafts)
			.param("query", trimmed)
			.param("pattern", pattern)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(this::task)
			.list();
		return new JobPage(items, page, size, total);
	}

	private JobTask task(ResultSet rs, int row) throws SQLException {
		var id = new JobId(rs.getObject("id", UUID.class));
		return new JobTask(id, new OrganisationId(rs.getObject("organisation_id", UUID.class)),
				new PersonId(rs.getObject("created_by", UUID.class)), rs.getString("title"),
				rs.getString("description"), rs.getString("occupation_uri"), rs.getString("location"),
				rs.getString("municipality_code"), local(rs.getDate("apply_from")), local(rs.getDate("apply_to")),
				local(rs.getDate("start_date")), local(rs.getDate("published_on")),
				JobStatus.valueOf(rs.getString("status")), skills(id), rs.getInt("version"));
	}

	private List<RequiredSkill> skills(JobId id) {
		return jdbc.sql("""
				select skill_uri, min_level, importance, weight from jobs.required_skill where job_id = :id
				order by importance, weight desc, skill_uri""")
			.param("id", id.value())
			.query((rs, row) -> new RequiredSkill(rs.getString("skill_uri"), rs.getInt("min_level"),
					Importance.valueOf(rs.getString("importance")), rs.getDouble("weight")))
			.list();
	}

	private static @Nullable Date date(@Nullable LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

	private static @Nullable LocalDate local(@Nullable Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
