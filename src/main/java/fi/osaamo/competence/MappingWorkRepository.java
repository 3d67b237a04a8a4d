package fi.osaamo.competence;

import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the work-history entries of mappings.
 */
@Repository
class MappingWorkRepository {

	private static final String UPDATE_WORK = """
			update competence.work set title = :title, employer = :employer, start_year = :start, end_year = :end
			where person_id = :person and id = :id""";

	private final JdbcClient jdbc;

	MappingWorkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<WorkExperience> work(PersonId person) {
		return jdbc.sql("""
				select id, title, employer, start_year, end_year from competence.work where person_id = :person
				order by end_year desc nulls first, start_year desc nulls last, added_at""")
			.param("person", person.value())
			.query((rs, row) -> new WorkExperience(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getString("employer"), rs.getObject("start_year", Integer.class),
					rs.getObject("end_year", Integer.class)))
			.list();
	}

	void addWork(PersonId person, WorkExperience work) {
		jdbc.sql("""
				insert into competence.work (id, person_id, title, employer, start_year, end_year)
				values (:id, :person, :title, :employer, :start, :end)""")
			.param("id", work.id())
			.param("person", person.value())
			.param("title", work.title())
			.param("employer", work.employer())
			.param("start", work.startYear())
			.param("end", work.endYear())
			.update();
	}

	int updateWork(PersonId person, UUID id, String title, @Nullable String employer, @Nullable Integer startYear,
			@Nullable Integer endYear) {
		return jdbc.sql(UPDATE_WORK)
			.param("title", title)
			.param("employer", employer)
			.param("start", startYear)
			.param("end", endYear)
			.param("person", person.value())
			.param("id", id)
			.update();
	}

	void delete(PersonId person, UUID id) {
		jdbc.sql("delete from competence.work where person_id = :person and id = :id")
			.param("person", person.value())
			.param("id", id)
			.update();
	}

}
