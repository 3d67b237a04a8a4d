package fi.osaamo.competence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import fi.osaamo.identity.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the skills claimed in mappings, and the dated assertions of their
 * levels.
 */
@Repository
class SkillClaims {

	private static final String UPSERT = """
			insert into competence.skill (person_id, skill_uri, level, provenance, reference, evidence_date, strength)
			values (:person, :uri, :level, :provenance, :reference, :date, :strength)
			on conflict (person_id, skill_uri) do update set level = excluded.level, provenance = excluded.provenance,
			  reference = excluded.reference, evidence_date = excluded.evidence_date, strength = excluded.strength""";

	private final JdbcClient jdbc;

	SkillClaims(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SkillClaim> skills(PersonId person) {
		return jdbc.sql("""
				select skill_uri, level, provenance, reference, evidence_date, strength from competence.skill
				where person_id = :person order by strength desc, level desc, added_at""")
			.param("person", person.value())
			.query(SkillClaims::claim)
			.list();
	}

	Optional<SkillClaim> skill(PersonId person, String uri) {
		return jdbc.sql("""
				select skill_uri, level, provenance, reference, evidence_date, strength from competence.skill
				where person_id = :person and skill_uri = :uri""")
			.param("person", person.value())
			.param("uri", uri)
			.query(SkillClaims::claim)
			.optional();
	}

	/**
	 * Saves a skill; a new or changed level is asserted.
	 * @param person whose mapping
	 * @param claim the skill
	 * @param before the skill as it was, if it was claimed
	 */
	void save(PersonId person, SkillClaim claim, Optional<SkillClaim> before) {
		upsertSkill(person, claim);
		if (before.map(old -> old.level() != claim.level()).orElse(true)) {
			assertLevel(person, claim);
		}
	}

	private void upsertSkill(PersonId person, SkillClaim claim) {
		jdbc.sql(UPSERT)
			.param("person", person.value())
			.param("uri", claim.skillUri())
			.param("level", claim.level())
			.param("provenance", claim.provenance().name())
			.param("reference", claim.reference())
			.param("date", claim.evidenceDate() == null ? null : Date.valueOf(claim.evidenceDate()))
			.param("strength", claim.strength())
			.update();
	}

	private void assertLevel(PersonId person, SkillClaim claim) {
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

	List<Assertion> history(PersonId person) {
		return jdbc.sql("""
				select skill_uri, level, provenance, asserted_at from competence.assertion
				where person_id = :person order by asserted_at desc, id desc""")
			.param("person", person.value())
			.query((rs, row) -> new Assertion(rs.getString("skill_uri"), rs.getInt("level"),
					Provenance.valueOf(rs.getString("provenance")), rs.getTimestamp("asserted_at").toInstant()))
			.list();
	}

	private static SkillClaim claim(ResultSet rs, int row) throws SQLException {
		var date = rs.getDate("evidence_date");
		return new SkillClaim(rs.getString("skill_uri"), rs.getInt("level"),
				Provenance.valueOf(rs.getString("provenance")), rs.getString("reference"),
				date == null ? null : date.toLocalDate(), rs.getBoolean("strength"));
	}

}
