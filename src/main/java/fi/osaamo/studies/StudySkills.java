package fi.osaamo.studies;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL that writes the skills a study teaches: the source's claims, local corrections
 * and machine proposals.
 */
@Component
class StudySkills {

	private static final String ADD_LOCAL = """
			insert into studies.skill (study_id, skill_uri, origin) values (:id, :uri, 'LOCAL')
			on conflict (study_id, skill_uri) do update set hidden = false,
			  origin = case when studies.skill.origin = 'PROPOSED' then 'LOCAL' else studies.skill.origin end""";

	private static final String REMOVE_LOCAL = "delete from studies.skill where study_id = :id and skill_uri = :uri and origin in ('LOCAL', 'PROPOSED')";

	private static final String HIDE_SOURCE = "update studies.skill set hidden = true where study_id = :id and skill_uri = :uri and origin = 'SOURCE'";

	private final JdbcClient jdbc;

	StudySkills(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the skills the source claims; local corrections and proposals stay. */
	void replaceSourceSkills(UUID studyId, Collection<String> skills) {
		jdbc.sql("delete from studies.skill where study_id = :id and origin = 'SOURCE'").param("id", studyId).update();
		for (var skill : skills) {
			jdbc.sql("""
					insert into studies.skill (study_id, skill_uri, origin) values (:id, :uri, 'SOURCE')
					on conflict (study_id, skill_uri) do nothing""").param("id", studyId).param("uri", skill).update();
		}
	}

	void addLocal(UUID id, String skillUri) {
		jdbc.sql(ADD_LOCAL).param("id", id).param("uri", skillUri).update();
	}

	void propose(UUID id, Collection<String> skillUris) {
		jdbc.sql("delete from studies.skill where study_id = :id and origin = 'PROPOSED'").param("id", id).update();
		for (var uri : skillUris) {
			jdbc.sql("""
					insert into studies.skill (study_id, skill_uri, origin, hidden) values (:id, :uri, 'PROPOSED', true)
					on conflict (study_id, skill_uri) do nothing""").param("id", id).param("uri", uri).update();
		}
	}

	List<String> proposed(UUID id) {
		return jdbc
			.sql("select skill_uri from studies.skill where study_id = :id and origin = 'PROPOSED' order by skill_uri")
			.param("id", id)
			.query(String.class)
			.list();
	}

	/** Removes a local or proposed skill, then hides the source's claim of it. */
	void remove(UUID id, String skillUri) {
		jdbc.sql(REMOVE_LOCAL).param("id", id).param("uri", skillUri).update();
		jdbc.sql(HIDE_SOURCE).param("id", id).param("uri", skillUri).update();
	}

}
