package fi.osaamo.matching;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The log of automated matching: each ranking shown, with who asked, for which
 * organisation and subject, and what was shown (ids and scores only).
 */
@Component
class UseLog {

	static final String CANDIDATES = "CANDIDATE_RANKING";

	static final String JOBS = "JOB_RANKING";

	static final String GAP = "GAP_COMPARISON";

	static final String PATH = "STUDY_PATH";

	static final String EXTRACTION = "SKILL_EXTRACTION";

	static final String ALLOCATION = "TASK_ALLOCATION";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	UseLog(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void record(String feature, PersonId actor, @Nullable UUID organisation, String subject,
			List<Map<String, Object>> shown) {
		jdbc.sql("""
				insert into matching.use_log (feature, actor_id, organisation_id, subject, shown)
				values (:feature, :actor, :organisation, :subject, cast(:shown as jsonb))""")
			.param("feature", feature)
			.param("actor", actor.value())
			.param("organisation", organisation)
			.param("subject", subject)
			.param("shown", json.writeValueAsString(shown))
			.update();
	}

	long count(String feature) {
		return jdbc.sql("select count(*) from matching.use_log where feature = :feature")
			.param("feature", feature)
			.query(Long.class)
			.single();
	}

}
