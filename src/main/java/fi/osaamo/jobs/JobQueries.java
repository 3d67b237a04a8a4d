package fi.osaamo.jobs;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.LikePatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads job tasks: one by id, a page of a company's tasks for its people, and the open
 * tasks anyone may see.
 */
@Repository
class JobQueries {

	private static final String OPEN = "select " + JobRows.COLUMNS + " from jobs.job_task where status = 'OPEN'";

	private final JdbcClient jdbc;

	private final JobRows rows;

	JobQueries(JdbcClient jdbc, JobRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	List<JobTask> open(@Nullable UUID after, @Nullable Collection<String> municipalities, int limit) {
		return jdbc
			.sql(OPEN + " and (cast(:after as uuid) is null or id > cast(:after as uuid))"
					+ " and (not :filtered or municipality_code = any(:municipalities)) order by id limit :limit")
			.param("after", after)
			.param("filtered", municipalities != null)
			.param("municipalities", municipalities == null ? new String[0] : municipalities.toArray(String[]::new))
			.param("limit", limit)
			.query(rows::task)
			.list();
	}

	List<JobTask> openMatching(String query, long offset, int limit) {
		return jdbc.sql(OPEN + " and title ilike :pattern order by created_at desc, id limit :limit offset :offset")
			.param("pattern", LikePatterns.containing(query))
			.param("limit", limit)
			.param("offset", offset)
			.query(rows::task)
			.list();
	}

	long countOpenMatching(String query) {
		return jdbc.sql("select count(*) from jobs.job_task where status = 'OPEN' and title ilike :pattern")
			.param("pattern", LikePatterns.containing(query))
			.query(Long.class)
			.single();
	}

	List<JobTask> openOf(OrganisationId organisation, int limit) {
		return jdbc.sql(OPEN + " and organisation_id = :organisation order by created_at desc limit :limit")
			.param("organisation", organisation.value())
			.param("limit", limit)
			.query(rows::task)
			.list();
	}

	Map<OrganisationId, Integer> countOpenOf(Collection<OrganisationId> organisations) {
		var counts = new HashMap<OrganisationId, Integer>();
		if (!organisations.isEmpty()) {
			jdbc.sql("""
					select organisation_id, count(*) as tasks from jobs.job_task
					where status = 'OPEN' and organisation_id = any(:organisations) group by organisation_id""")
				.param("organisations", organisations.stream().map(OrganisationId::value).toArray(UUID[]::new))
				.query((RowCallbackHandler) rs -> counts
					.put(new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getInt("tasks")));
		}
		return counts;
	}

	Optional<JobTask> find(JobId id) {
		return jdbc.sql("select " + JobRows.COLUMNS + " from jobs.job_task where id = :id")
			.param("id", id.value())
			.query(rows::task)
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
		var filter = JobFilter.of(organisations, status, includeDrafts, query);
		var total = filter.bind(jdbc.sql("select count(*)" + where)).query(Long.class).single();
		return new JobPage(items(filter, where, page, size), page, size, total);
	}

	private List<JobTask> items(JobFilter filter, String where, int page, int size) {
		return filter.bind(jdbc.sql("select " + JobRows.COLUMNS + " " + where + " order by " + filter.order()))
			.param("size", size)
			.param("offset", (long) page * size)
			.query(rows::task)
			.list();
	}

}
