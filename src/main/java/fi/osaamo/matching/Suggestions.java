package fi.osaamo.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonSummary;
import fi.osaamo.jobs.JobId;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobTask;
import fi.osaamo.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The allocation suggestions in the database: new ones, and those read with their
 * contests, the jobs' titles and the people's pseudonyms.
 */
@Component
class Suggestions {

	private static final String INSERT = """
			insert into matching.suggestion
			  (id, organisation_id, job_id, person_id, score, matched, required, suggested_by) values (:id, :organisation, :job, :person, :score, :matched, :required, :hr)
			on conflict do nothing""";

	private static final String CONTESTS = """
			select c.id, c.suggestion_id, c.text, c.created_at, c.answer, c.answered_at
			from matching.contest c join matching.suggestion s on s.id = c.suggestion_id
			where %s order by c.created_at""";

	private static final String SUGGESTIONS = """
			select s.id, s.job_id, s.person_id, s.score, s.summary, s.matched, s.required, s.suggested_at, s.status, s.reason, s.decided_at
			from matching.suggestion s where %s
			order by case s.status when 'PROPOSED' then 0 else 1 end, s.score desc, s.suggested_at desc""";

	private final JdbcClient jdbc;

	private final IdentityManagement identities;

	private final JobManagement jobs;

	Suggestions(JdbcClient jdbc, IdentityManagement identities, JobManagement jobs) {
		this.jdbc = jdbc;
		this.identities = identities;
		this.jobs = jobs;
	}

	/**
	 * Adds a suggestion, unless the person was suggested for the task before.
	 * @return 1 if it was added, else 0
	 */
	int insert(PersonId hr, OrganisationId company, JobTask task, PersonId person, Gap gap) {
		return jdbc.sql(INSERT)
			.param("id", UUID.randomUUID())
			.param("organisation", company.value())
			.param("job", task.id().value())
			.param("person", person.value())
			.param("score", gap.score())
			.param("matched", gap.matched().size())
			.param("required", gap.required())
			.param("hr", hr.value())
			.update();
	}

	/**
	 * Removes every suggestion about a person, with their contests.
	 * @param person the person
	 */
	void forget(PersonId person) {
		jdbc.sql("delete from matching.suggestion where person_id = :person").param("person", person.value()).update();
	}

	/**
	 * The suggestions that meet a condition, proposed ones first.
	 * @param where the condition on {@code s}, the suggestion, with the parameter
	 * {@code :key}
	 * @param key the parameter's value
	 * @return the suggestions with titles, pseudonyms and contests
	 */
	List<Suggestion> load(String where, UUID key) {
		var contests = contests(where, key);
		var result = new ArrayList<Suggestion>();
		jdbc.sql(SUGGESTIONS.formatted(where)).param("key", key).query(rs -> {
			result.add(suggestion(rs, contests));
		});
		var people = identities.summaries(result.stream().map(Suggestion::person).toList());
		return result.stream().map(s -> named(s, people)).toList();
	}

	/** A suggestion with its job's title and the person's pseudonym. */
	private Suggestion named(Suggestion s, Map<PersonId, PersonSummary> people) {
		return new Suggestion(s.id(), s.job(), title(s.job()), s.person(),
				people.containsKey(s.person()) ? people.get(s.person()).pseudonym() : "–", s.score(), s.summary(),
				s.suggestedAt(), s.status(), s.reason(), s.decidedAt(), s.contests());
	}

	private Map<UUID, List<Suggestion.Contest>> contests(String where, UUID key) {
		var contests = new HashMap<UUID, List<Suggestion.Contest>>();
		jdbc.sql(CONTESTS.formatted(where)).param("key", key).query(rs -> {
			contests.computeIfAbsent(rs.getObject("suggestion_id", UUID.class), id -> new ArrayList<>())
				.add(contest(rs));
		});
		return contests;
	}

	private String title(JobId job) {
		return jobs.title(job).orElse("–");
	}

	private static Suggestion.Contest contest(ResultSet rs) throws SQLException {
		return new Suggestion.Contest(rs.getObject("id", UUID.class), rs.getString("text"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("answer"),
				rs.getTimestamp("answered_at") == null ? null : rs.getTimestamp("answered_at").toInstant());
	}

	private static Suggestion suggestion(ResultSet rs, Map<UUID, List<Suggestion.Contest>> contests)
			throws SQLException {
		var id = rs.getObject("id", UUID.class);
		return new Suggestion(id, new JobId(rs.getObject("job_id", UUID.class)), "",
				new PersonId(rs.getObject("person_id", UUID.class)), "", rs.getInt("score"),
				new Suggestion.Summary(rs.getInt("matched"), rs.getInt("required"), rs.getString("summary")),
				rs.getTimestamp("suggested_at").toInstant(), rs.getString("status"), rs.getString("reason"),
				rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(),
				contests.getOrDefault(id, List.of()));
	}

}
