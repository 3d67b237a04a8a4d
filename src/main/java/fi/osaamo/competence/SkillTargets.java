package fi.osaamo.competence;

import java.util.List;

import fi.osaamo.identity.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the target levels people set for skills in their mappings.
 */
@Repository
class SkillTargets {

	private final JdbcClient jdbc;

	SkillTargets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Target> targets(PersonId person) {
		return jdbc
			.sql("select skill_uri, target_level from competence.target where person_id = :person order by added_at")
			.param("person", person.value())
			.query((rs, row) -> new Target(rs.getString("skill_uri"), rs.getInt("target_level")))
			.list();
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

}
