package fi.osaamo.coach.followup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.coach.matrix.AnswerOption;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Answers to status queries, once per reply, and what they answer.
 */
@Repository
class Answers {

	private static final String ANSWERED = """
			select m.id, m.school_id, m.query_key, m.matrix_version
			from coach.status_message m join coach.apprenticeship a on a.id = m.apprenticeship_id
			where m.apprenticeship_id = :apprenticeship and a.apprentice_id = :apprentice and m.queued_at <= :at
			order by m.queued_at desc limit 1""";

	private static final String INSERT = """
			insert into coach.answer (reply_id, apprenticeship_id, status_message_id, channel, text, received_at,
			  option_number, reading, topic, handler)
			select :reply, a.id, :message, :channel, :text, :at, :option, :reading, :topic, :handler
			from coach.apprenticeship a where a.id = :apprenticeship and a.apprentice_id = :apprentice
			on conflict (reply_id) do nothing""";

	private final JdbcClient jdbc;

	Answers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The status message a reply answers: the latest sent to the apprentice in that
	 * apprenticeship before the reply came.
	 *
	 * @param id the message
	 * @param school the school whose matrix it was
	 * @param query the query's key
	 * @param version the matrix version it was sent with
	 */
	record Answered(UUID id, OrganisationId school, String query, int version) {
	}

	Optional<Answered> answered(UUID apprenticeship, PersonId apprentice, Instant at) {
		return this.jdbc.sql(ANSWERED)
			.param("apprenticeship", apprenticeship)
			.param("apprentice", apprentice.value())
			.param("at", Timestamp.from(at))
			.query((rs, row) -> new Answered(rs.getObject("id", UUID.class),
					new OrganisationId(rs.getObject("school_id", UUID.class)), rs.getString("query_key"),
					rs.getInt("matrix_version")))
			.optional();
	}

	/** Keeps an answer; a reply kept before is not kept twice. */
	void keep(Reply reply, @Nullable UUID message, @Nullable AnswerOption option) {
		this.jdbc.sql(INSERT)
			.param("reply", reply.id())
			.param("apprenticeship", reply.apprenticeship())
			.param("apprentice", reply.apprentice().value())
			.param("message", message)
			.param("channel", reply.channel())
			.param("text", reply.text())
			.param("at", Timestamp.from(reply.at()))
			.param("option", option == null ? null : option.number())
			.param("reading", option == null ? "UNCLEAR" : option.needsHelp() ? "NEEDS_HELP" : "FINE")
			.param("topic", option == null || option.topic() == null ? null : option.topic().name())
			.param("handler", option == null || option.handler() == null ? null : option.handler().name())
			.update();
	}

	/**
	 * A reply in an apprenticeship's conversation.
	 *
	 * @param id the reply's id in messaging
	 * @param apprenticeship the apprenticeship
	 * @param apprentice who replied
	 * @param channel SMS or WEB
	 * @param text what they wrote
	 * @param at when
	 */
	record Reply(long id, UUID apprenticeship, PersonId apprentice, String channel, String text, Instant at) {
	}

}
