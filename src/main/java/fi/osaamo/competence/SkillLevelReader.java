package fi.osaamo.competence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import fi.osaamo.identity.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads people's current skills and levels in one query, for matching and overviews.
 */
@Repository
class SkillLevelReader {

	private final JdbcClient jdbc;

	SkillLevelReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void forEach(Consumer<SkillLevels> consumer) {
		jdbc.sql(
				"""
						select m.person_id, m.version, array_remove(array_agg(s.skill_uri order by s.skill_uri), null) as skills,
						       array_remove(array_agg(s.level order by s.skill_uri), null) as levels
						from competence.mapping m left join competence.skill s on s.person_id = m.person_id
						group by m.person_id, m.version""")
			.query(rs -> {
				consumer.accept(skillLevels(rs));
			});
	}

	Optional<SkillLevels> of(PersonId person) {
		return jdbc
			.sql("""
					select m.person_id, m.version, array_remove(array_agg(s.skill_uri order by s.skill_uri), null) as skills,
					       array_remove(array_agg(s.level order by s.skill_uri), null) as levels
					from competence.mapping m left join competence.skill s on s.person_id = m.person_id
					where m.person_id = :person group by m.person_id, m.version""")
			.param("person", person.value())
			.query((rs, row) -> skillLevels(rs))
			.optional();
	}

	private static SkillLevels skillLevels(ResultSet rs) throws SQLException {
		var skills = (String[]) rs.getArray("skills").getArray();
		var levels = (Object[]) rs.getArray("levels").getArray();
		var levelList = new ArrayList<Integer>(levels.length);
		for (var level : levels) {
			levelList.add(((Number) level).intValue());
		}
		return new SkillLevels(new PersonId(rs.getObject("person_id", UUID.class)), rs.getInt("version"),
				List.of(skills), levelList);
	}

}
