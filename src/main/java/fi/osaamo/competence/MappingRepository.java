package fi.osaamo.competence;

import java.util.Optional;

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

	private final SkillClaims claims;

	private final SkillTargets targets;

	private final MappingEducationRepository education;

	private final MappingWorkRepository work;

	MappingRepository(JdbcClient jdbc, SkillClaims claims, SkillTargets targets, MappingEducationRepository education,
			MappingWorkRepository work) {
		this.jdbc = jdbc;
		this.claims = claims;
		this.targets = targets;
		this.education = education;
		this.work = work;
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
			.query((rs, row) -> new Mapping(person, rs.getString("summary"), claims.skills(person),
					targets.targets(person), education.education(person), work.work(person), rs.getInt("version"),
					rs.getTimestamp("updated_at").toInstant()))
			.optional();
	}

	void saveSummary(PersonId person, @Nullable String summary) {
		jdbc.sql("update competence.mapping set summary = :summary where person_id = :person")
			.param("summary", summary)
			.param("person", person.value())
			.update();
	}

	void delete(PersonId person) {
		jdbc.sql("delete from competence.mapping where person_id = :person").param("person", person.value()).update();
	}

}
