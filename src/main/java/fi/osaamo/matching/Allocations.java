package fi.osaamo.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.JobId;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobStatus;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task allocation: the engine suggests which open job tasks suit which employees who
 * share their skills with the company; HR accepts or dismisses each suggestion with a
 * reason; the employee sees the suggestions about them and may contest one, and HR
 * answers. Every run is logged with what was shown; every decision, contest and answer is
 * kept with who and when.
 */
@Service
public class Allocations {

	/** Candidates per job task in one run. */
	static final int PER_TASK = 3;

	/** The lowest score worth suggesting, 0–1. */
	static final float MIN_SCORE = 0.4f;

	static final int MAX_TEXT = 1000;

	private final JdbcClient jdbc;

	private final MatchingEngine engine;

	private final GapAnalysis gaps;

	private final JobManagement jobs;

	private final IdentityManagement identities;

	private final AiRegister register;

	private final UseLog useLog;

	Allocations(JdbcClient jdbc, MatchingEngine engine, GapAnalysis gaps, JobManagement jobs,
			IdentityManagement identities, AiRegister register, UseLog useLog) {
		this.jdbc = jdbc;
		this.engine = engine;
		this.gaps = gaps;
		this.jobs = jobs;
		this.identities = identities;
		this.register = register;
		this.useLog = useLog;
	}

	/**
	 * Suggests allocations for the company's open job tasks; pairs suggested before are
	 * not suggested again.
	 * @param hr the HR specialist who asks
	 * @param company the company
	 * @param locale the language of the explanations
	 * @return how many new suggestions were made
	 */
	@Transactional
	int suggest(PersonId hr, OrganisationId company, Locale locale) {
		register.require(AutomatedFeature.TASK_ALLOCATION);
		requireHr(hr, company);
		var shown = new ArrayList<Map<String, Object>>();
		var created = 0;
		for (var task : jobs.list(hr, company, JobStatus.OPEN, "", 0, 500).items()) {
			for (var candidate : engine.candidates(task, company, PER_TASK)) {
				if (candidate.score() < MIN_SCORE) {
					continue;
				}
				var person = new PersonId(candidate.person());
				var gap = gaps.gap(person, task, locale);
				created += jdbc.sql("""
						insert into matching.suggestion
						  (id, organisation_id, job_id, person_id, score, matched, required, suggested_by)
						values (:id, :organisation, :job, :person, :score, :matched, :required, :hr)
						on conflict do nothing""")
					.param("id", UUID.randomUUID())
					.param("organisation", company.value())
					.param("job", task.id().value())
					.param("person", person.value())
					.param("score", gap.score())
					.param("matched", gap.matched().size())
					.param("required", gap.required())
					.param("hr", hr.value())
					.update();
				shown.add(Map.of("job", task.id().toString(), "person", person.toString(), "score", gap.score()));
			}
		}
		useLog.record(UseLog.ALLOCATION, hr, company.value(), "company", shown);
		return created;
	}

	List<Suggestion> forCompany(PersonId hr, OrganisationId company) {
		requireHr(hr, company);
		return load("s.organisation_id = :key", company.value());
	}

	public List<Suggestion> forPerson(PersonId person) {
		return load("s.person_id = :key", person.value());
	}

	@Transactional
	void decide(PersonId hr, UUID suggestion, boolean accept, @Nullable String reason) {
		var company = organisationOf(suggestion);
		requireHr(hr, company);
		var text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("reason", "validation.reasonRequired");
		}
		if (text.length() > MAX_TEXT) {
			throw new InvalidInputException("reason", "validation.tooLong", MAX_TEXT);
		}
		jdbc.sql("""
				update matching.suggestion set status = :status, decided_by = :hr, decided_at = now(), reason = :reason
				where id = :id""")
			.param("status", accept ? "ACCEPTED" : "DISMISSED")
			.param("hr", hr.value())
			.param("reason", text.isEmpty() ? null : text)
			.param("id", suggestion)
			.update();
	}

	@Transactional
	void contest(PersonId person, UUID suggestion, @Nullable String text) {
		jdbc.sql("select person_id from matching.suggestion where id = :id")
			.param("id", suggestion)
			.query(UUID.class)
			.optional()
			.filter(id -> id.equals(person.value()))
			.orElseThrow(() -> new NotFoundException("suggestion " + suggestion));
		var body = text == null ? "" : text.strip();
		if (body.isEmpty()) {
			throw new InvalidInputException("contest", "validation.required");
		}
		if (body.length() > 2000) {
			throw new InvalidInputException("contest", "validation.tooLong", 2000);
		}
		jdbc.sql("insert into matching.contest (id, suggestion_id, text) values (:id, :suggestion, :text)")
			.param("id", UUID.randomUUID())
			.param("suggestion", suggestion)
			.param("text", body)
			.update();
	}

	@Transactional
	void answer(PersonId hr, UUID contest, @Nullable String text) {
		var suggestion = jdbc.sql("select suggestion_id from matching.contest where id = :id")
			.param("id", contest)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("contest " + contest));
		requireHr(hr, organisationOf(suggestion));
		var body = text == null ? "" : text.strip();
		if (body.isEmpty()) {
			throw new InvalidInputException("answer", "validation.required");
		}
		if (body.length() > 2000) {
			throw new InvalidInputException("answer", "validation.tooLong", 2000);
		}
		jdbc.sql("update matching.contest set answer = :answer, answered_by = :hr, answered_at = now() where id = :id")
			.param("answer", body)
			.param("hr", hr.value())
			.param("id", contest)
			.update();
	}

	/**
	 * Removes everything about a person.
	 * @param person the person
	 */
	public void forget(PersonId person) {
		jdbc.sql("delete from matching.suggestion where person_id = :person").param("person", person.value()).update();
	}

	private OrganisationId organisationOf(UUID suggestion) {
		return jdbc.sql("select organisation_id from matching.suggestion where id = :id")
			.param("id", suggestion)
			.query((rs, row) -> new OrganisationId(rs.getObject("organisation_id", UUID.class)))
			.optional()
			.orElseThrow(() -> new NotFoundException("suggestion " + suggestion));
	}

	private void requireHr(PersonId hr, OrganisationId company) {
		if (!jobs.isHr(hr, company)) {
			throw new NotFoundException("allocations");
		}
	}

	private List<Suggestion> load(String where, UUID key) {
		var contests = new HashMap<UUID, List<Suggestion.Contest>>();
		jdbc.sql("""
				select c.id, c.suggestion_id, c.text, c.created_at, c.answer, c.answered_at
				from matching.contest c join matching.suggestion s on s.id = c.suggestion_id
				where %s order by c.created_at""".formatted(where)).param("key", key).query(rs -> {
			contests.computeIfAbsent(rs.getObject("suggestion_id", UUID.class), id -> new ArrayList<>())
				.add(new Suggestion.Contest(rs.getObject("id", UUID.class), rs.getString("text"),
						rs.getTimestamp("created_at").toInstant(), rs.getString("answer"),
						rs.getTimestamp("answered_at") == null ? null : rs.getTimestamp("answered_at").toInstant()));
		});
		var result = new ArrayList<Suggestion>();
		jdbc.sql(
				"""
						select s.id, s.job_id, s.person_id, s.score, s.summary, s.matched, s.required, s.suggested_at, s.status, s.reason, s.decided_at
						from matching.suggestion s where %s
						order by case s.status when 'PROPOSED' then 0 else 1 end, s.score desc, s.suggested_at desc"""
					.formatted(where))
			.param("key", key)
			.query(rs -> {
				result.add(suggestion(rs, contests));
			});
		var people = identities.summaries(result.stream().map(Suggestion::person).toList());
		return result.stream()
			.map(s -> new Suggestion(s.id(), s.job(), title(s.job()), s.person(),
					people.containsKey(s.person()) ? people.get(s.person()).pseudonym() : "–", s.score(), s.summary(),
					s.suggestedAt(), s.status(), s.reason(), s.decidedAt(), s.contests()))
			.toList();
	}

	private String title(JobId job) {
		return jobs.title(job).orElse("–");
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
