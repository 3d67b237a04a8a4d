package fi.osaamo.coach.apprenticeships;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The apprenticeships table: written by imports, one row per school and student-system
 * id.
 */
@Repository
class Apprenticeships {

	private static final String APPRENTICES = """
			select external_id, apprentice_id from coach.apprenticeship
			where school_id = :school and external_id = any(:ids)""";

	private static final String UPSERT = """
			insert into coach.apprenticeship (id, school_id, external_id, apprentice_id, language, company_id,
			  business_id, qualification, cohort, starts_on, ends_on, instructor_id, supervisor_id, teacher_id,
			  created_at, updated_at, updated_by)
			values (:id, :school, :externalId, :apprentice, :language, :company, :businessId, :qualification, :cohort,
			  :startsOn, :endsOn, :instructor, :supervisor, :teacher, :now, :now, :by)
			on conflict (school_id, external_id) do update set language = excluded.language,
			  company_id = excluded.company_id, business_id = excluded.business_id,
			  qualification = excluded.qualification, cohort = excluded.cohort, starts_on = excluded.starts_on,
			  ends_on = excluded.ends_on, instructor_id = excluded.instructor_id,
			  supervisor_id = excluded.supervisor_id, teacher_id = excluded.teacher_id,
			  updated_at = excluded.updated_at, updated_by = excluded.updated_by""";

	private final JdbcClient jdbc;

	Apprenticeships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The apprentices of a school's apprenticeships that already exist.
	 * @param school the school
	 * @param externalIds the student system's ids
	 * @return the apprentice of each id that exists
	 */
	Map<String, PersonId> apprentices(OrganisationId school, Collection<String> externalIds) {
		var found = new HashMap<String, PersonId>();
		this.jdbc.sql(APPRENTICES)
			.param("school", school.value())
			.param("ids", externalIds.toArray(String[]::new))
			.query((rs, row) -> found.put(rs.getString(1), new PersonId(rs.getObject(2, UUID.class))))
			.list();
		return found;
	}

	/**
	 * Writes an apprenticeship: new, or over the one of the same school and id.
	 * @param school the school
	 * @param row the checked row
	 * @param apprentice the apprentice in the vault
	 * @param by who imported it
	 * @param now when
	 */
	void save(OrganisationId school, CheckedApprenticeship row, PersonId apprentice, PersonId by, Instant now) {
		this.jdbc.sql(UPSERT)
			.param("id", UUID.randomUUID())
			.param("school", school.value())
			.param("externalId", row.externalId())
			.param("apprentice", apprentice.value())
			.param("language", row.language())
			.param("company", row.company().value())
			.param("businessId", row.businessId())
			.param("qualification", row.qualification())
			.param("cohort", row.cohort())
			.param("startsOn", row.startsOn())
			.param("endsOn", row.endsOn())
			.param("instructor", row.instructor().value())
			.param("supervisor", row.supervisor() == null ? null : row.supervisor().value())
			.param("teacher", row.teacher().value())
			.param("now", Timestamp.from(now))
			.param("by", by.value())
			.update();
	}

}
