package fi.osaamo.competence;

import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the education entries of mappings.
 */
@Repository
class MappingEducationRepository {

	private static final String UPDATE_EDUCATION = """
			update competence.education set title = :title, institution = :institution, completed_year = :year
			where person_id = :person and id = :id""";

	private final JdbcClient jdbc;

	MappingEducationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Education> education(PersonId person) {
		return jdbc.sql("""
				select id, title, institution, completed_year from competence.education where person_id = :person
				order by completed_year desc nulls first, added_at""")
			.param("person", person.value())
			.query((rs, row) -> new Education(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getString("institution"), (Integer) rs.getObject("completed_year", Integer.class)))
			.list();
	}

	void addEducation(PersonId person, Education education) {
		jdbc.sql("""
				insert into competence.education (id, person_id, title, institution, completed_year)
				values (:id, :person, :title, :institution, :year)""")
			.param("id", education.id())
			.param("person", person.value())
			.param("title", education.title())
			.param("institution", education.institution())
			.param("year", education.completedYear())
			.update();
	}

	int updateEducation(PersonId person, UUID id, String title, @Nullable String institution, @Nullable Integer year) {
		return jdbc.sql(UPDATE_EDUCATION)
			.param("title", title)
			.param("institution", institution)
			.param("year", year)
			.param("person", person.value())
			.param("id", id)
			.update();
	}

	void delete(PersonId person, UUID id) {
		jdbc.sql("delete from competence.education where person_id = :person and id = :id")
			.param("person", person.value())
			.param("id", id)
			.update();
	}

}
