package fi.osaamo.competence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes mappings. Every change goes through {@link #bump}, which refuses a
 * stale version.
 */
@Repository
class MappingRepository {

	private final JdbcClient jdbc;

	MappingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(PersonId person) {
		return jdbc.sql("select exists (select 1 from competence.mapping where person_id = :person)")
			.param("person", person.value())
			.query(Boolean.class)
			.single();
	}

	void create(PersonId person) {
		jdbc.sql("insert into competence.mapping (person_id) values (:person) on conflict do nothing")
			.param("person", person.value())
			.update();
	}

	/**
	 * Moves the mapping to its next version if it is still at the one the user saw.
	 * @param person whose mapping
	 * @param version the version the user saw
	 * @return the new version
	 */
	int bump(PersonId person, int version) {
		var updated = jdbc.sql("""
				update competence.mapping set version = version + 1, updated_at = now()
				where person_id = :person and version = :version""")
			.param("person", person.value())
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new StaleVersionException();
		}
		return version + 1;
	}

	Optional<Mapping> find(PersonId person) {
		return jdbc.sql("select summary, version, updated_at from competence.mapping where person_id = :person")
			.param("person", person.value())
			.query((rs, row) -> new Mapping(person, rs.getString("summary"), skills(person), targets(person),
					education(person), work(person), rs.getInt("version"), rs.getTimestamp("updated_at").toInstant()))
			.optional();
	}

	List<SkillClaim> skills(PersonId person) {
		return jdbc.sql("""
				select skill_uri, level, provenance, reference, evidence_date, strength from competence.skill
				where person_id = :person order by strength desc, level desc, added_at""")
			.param("person", person.value())
			.query(MappingRepository::claim)
			.list();
	}

	List<Target> targets(PersonId person) {
		return jdbc
			.sql("select skill_uri, target_level from competence.target where person_id = :person order by added_at")
			.param("person", person.value())
			.query((rs, row) -> new Target(rs.getString("skill_uri"), rs.getInt("target_level")))
			.list();
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

	Optional<SkillClaim> skill(PersonId person, String uri) {
		return jdbc.sql("""
				select skill_uri, level, provenance, reference, evidence_date, strength from competence.skill
				where person_id = :person and skill_uri = :uri""")
			.param("person", person.value())
			.param("uri", uri)
			.query(MappingRepository::claim)
			.optional();
	}

	void upsertSkill(PersonId person, SkillClaim claim) {
		jdbc.sql(
				"""
						insert into competence.skill (person_id, skill_uri, level, provenance, reference, evidence_date, strength)
						values (:person, :uri, :level, :provenance, :reference, :date, :strength)
						on conflict (person_id, skill_uri) do update set level = excluded.level, provenance = excluded.provenance,
						  reference = excluded.reference, evidence_date = excluded.evidence_date, strength = excluded.strength""")
			.param("person", person.value())
			.param("uri", claim.skillUri())
			.param("level", claim.level())
			.param("provenance", claim.provenance().name())
			.param("reference", claim.reference())
			.param("date", claim.evidenceDate() == null ? null : Date.valueOf(claim.evidenceDate()))
			.param("strength", claim.strength())
			.update();
	}

	void assertLevel(PersonId person, SkillClaim claim) {
		jdbc.sql("""
				insert into competence.assertion (person_id, skill_uri, level, provenance)
				values (:person, :uri, :level, :provenance)""")
			.param("person", person.value())
			.param("uri", claim.skillUri())
			.param("level", claim.level())
			.param("provenance", claim.provenance().name())
			.update();
	}

	void deleteSkill(PersonId person, String uri) {
		jdbc.sql("delete from competence.skill where person_id = :person and skill_uri = :uri")
			.param("person", person.value())
			.param("uri", uri)
			.update();
	}

	void deleteSkills(PersonId person) {
		jdbc.sql("delete from competence.skill where person_id = :person").param("person", person.value()).update();
	}

	void upsertTarget(PersonId person, Target target) {
		jdbc.sql("""
				insert into competence.target (person_id, skill_uri, target_level) values (:person, :uri, :level)
				on conflict (person_id, skill_uri) do update set target_level = excluded.target_level""")
			.param("person", person.value())
			.param("uri", target.skillUri())
			.param("level", target.level())
			.update();
	}

	void deleteTarget(PersonId person, String uri) {
		jdbc.sql("delete from competence.target where person_id = :person and skill_uri = :uri")
			.param("person", person.value())
			.param("uri", uri)
			.update();
	}

	void deleteTargets(PersonId person) {
		jdbc.sql("delete from competence.target where person_id = :person").param("person", person.value()).update();
	}

	void saveSummary(PersonId person, @Nullable String summary) {
		jdbc.sql("update competence.mapping set summary = :summary where person_id = :person")
			.param("summary", summary)
			.param("person", person.value())
			.update();
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

	void deleteEntry(PersonId person, String table, UUID id) {
		jdbc.sql("delete from competence." + ("work".equals(table) ? "work" : "education")
				+ " where person_id = :person and id = :id")
			.param("person", person.value())
			.param("id", id)
			.update();
	}

	List<Assertion> history(PersonId person) {
		return jdbc.sql("""
				select skill_uri, level, provenance, asserted_at from competence.assertion
				where person_id = :person order by asserted_at desc, id desc""")
			.param("person", person.value())
			.query((rs, row) -> new Assertion(rs.getString("skill_uri"), rs.getInt("level"),
					Provenance.valueOf(rs.getString("provenance")), rs.getTimestamp("asserted_at").toInstant()))
			.list();
	}

	void delete(PersonId person) {
		jdbc.sql("delete from competence.mapping where person_id = :person").param("person", person.value()).update();
	}

	private static SkillClaim claim(ResultSet rs, int row) throws SQLException {
		var date = rs.getDate("evidence_date");
		return new SkillClaim(rs.getString("skill_uri"), rs.getInt("level"),
				Provenance.valueOf(rs.getString("provenance")), rs.getString("reference"),
				date == null ? null : date.toLocalDate(), rs.getBoolean("strength"));
	}

}
