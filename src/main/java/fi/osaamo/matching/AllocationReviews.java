package fi.osaamo.matching;

import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people say about allocation suggestions: HR accepts or dismisses each with a
 * reason, the employee may contest one, and HR answers; each kept with who and when.
 */
@Service
class AllocationReviews {

	static final int MAX_TEXT = 1000;

	static final int MAX_CONTEST = 2000;

	private static final String DECIDE = """
			update matching.suggestion set status = :status, decided_by = :hr, decided_at = now(), reason = :reason
			where id = :id""";

	private static final String ANSWER = "update matching.contest set answer = :answer, answered_by = :hr, answered_at = now() where id = :id";

	private final JdbcClient jdbc;

	private final JobManagement jobs;

	AllocationReviews(JdbcClient jdbc, JobManagement jobs) {
		this.jdbc = jdbc;
		this.jobs = jobs;
	}

	@Transactional
	void decide(PersonId hr, UUID suggestion, boolean accept, @Nullable String reason) {
		var company = organisationOf(suggestion);
		Allocations.requireHr(jobs, hr, company);
		var text = required(reason, "reason", "validation.reasonRequired", MAX_TEXT);
		jdbc.sql(DECIDE)
			.param("status", accept ? "ACCEPTED" : "DISMISSED")
			.param("hr", hr.value())
			.param("reason", text.isEmpty() ? null : text)
			.param("id", suggestion)
			.update();
	}

	@Transactional
	void contest(PersonId person, UUID suggestion, @Nullable String text) {
		requireOwn(person, suggestion);
		var body = required(text, "contest", "validation.required", MAX_CONTEST);
		jdbc.sql("insert into matching.contest (id, suggestion_id, text) values (:id, :suggestion, :text)")
			.param("id", UUID.randomUUID())
			.param("suggestion", suggestion)
			.param("text", body)
			.update();
	}

	@Transactional
	void answer(PersonId hr, UUID contest, @Nullable String text) {
		var suggestion = suggestionOf(contest);
		Allocations.requireHr(jobs, hr, organisationOf(suggestion));
		var body = required(text, "answer", "validation.required", MAX_CONTEST);
		jdbc.sql(ANSWER).param("answer", body).param("hr", hr.value()).param("id", contest).update();
	}

	private void requireOwn(PersonId person, UUID suggestion) {
		jdbc.sql("select person_id from matching.suggestion where id = :id")
			.param("id", suggestion)
			.query(UUID.class)
			.optional()
			.filter(id -> id.equals(person.value()))
			.orElseThrow(() -> new NotFoundException("suggestion " + suggestion));
	}

	private UUID suggestionOf(UUID contest) {
		return jdbc.sql("select suggestion_id from matching.contest where id = :id")
			.param("id", contest)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("contest " + contest));
	}

	private OrganisationId organisationOf(UUID suggestion) {
		return jdbc.sql("select organisation_id from matching.suggestion where id = :id")
			.param("id", suggestion)
			.query((rs, row) -> new OrganisationId(rs.getObject("organisation_id", UUID.class)))
			.optional()
			.orElseThrow(() -> new NotFoundException("suggestion " + suggestion));
	}

	/** The text stripped; refused when it is empty or longer than the most allowed. */
	private static String required(@Nullable String text, String field, String emptyKey, int max) {
		var body = text == null ? "" : text.strip();
		if (body.isEmpty()) {
			throw new InvalidInputException(field, emptyKey);
		}
		if (body.length() > max) {
			throw new InvalidInputException(field, "validation.tooLong", max);
		}
		return body;
	}

}
