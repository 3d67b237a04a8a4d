package fi.osaamo.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * People's interest in job tasks, as the jobs module keeps it: who is interested in which
 * task and since when.
 */
@Repository
class JobInterests {

	private final JdbcClient jdbc;

	JobInterests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean add(JobId id, PersonId person) {
		return jdbc.sql("insert into jobs.interest (job_id, person_id) values (:id, :person) on conflict do nothing")
			.param("id", id.value())
			.param("person", person.value())
			.update() == 1;
	}

	void remove(JobId id, PersonId person) {
		jdbc.sql("delete from jobs.interest where job_id = :id and person_id = :person")
			.param("id", id.value())
			.param("person", person.value())
			.update();
	}

	boolean has(JobId id, PersonId person) {
		return jdbc.sql("select exists (select 1 from jobs.interest where job_id = :id and person_id = :person)")
			.param("id", id.value())
			.param("person", person.value())
			.query(Boolean.class)
			.single();
	}

	long count(JobId id) {
		return jdbc.sql("select count(*) from jobs.interest where job_id = :id")
			.param("id", id.value())
			.query(Long.class)
			.single();
	}

	List<Expressed> interests(JobId id) {
		return jdbc.sql("select person_id, expressed_at from jobs.interest where job_id = :id order by expressed_at")
			.param("id", id.value())
			.query((rs, row) -> new Expressed(new PersonId(rs.getObject("person_id", UUID.class)),
					rs.getTimestamp("expressed_at").toInstant()))
			.list();
	}

	List<JobId> of(PersonId person) {
		return jdbc.sql("select job_id from jobs.interest where person_id = :person order by expressed_at")
			.param("person", person.value())
			.query((rs, row) -> new JobId(rs.getObject("job_id", UUID.class)))
			.list();
	}

	void deleteAllOf(PersonId person) {
		jdbc.sql("delete from jobs.interest where person_id = :person").param("person", person.value()).update();
	}

	/**
	 * A person's interest in a task.
	 *
	 * @param person who is interested
	 * @param at since when
	 */
	record Expressed(PersonId person, Instant at) {
	}

}
