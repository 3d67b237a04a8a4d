package fi.osaamo.messaging.sms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Personal links of text messages: the message a token opens, the answers typed on its
 * page (which go the way of replies by SMS) and the number's opt-out. The token is the
 * only key: whoever holds the link may read the message and answer it, nothing more.
 */
@Component
class MessageLinks {

	static final int MAX_ANSWER = 1000;

	static final int ANSWERS_SHOWN = 50;

	/** What the outbox makes: 16 random bytes in unpadded base64url. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");

	private static final String FIND = """
			select id, organisation_id, conversation, recipient_id, language, text, number_key,
			  coalesce(submitted_at, created_at) as sent_at, link_expires_at
			from messaging.sms where link_token = :token and recipient_id is not null""";

	private static final String ANSWERS = """
			select text, received_at, count(*) over () as total from messaging.sms_reply
			where sms_id = :sms and channel = 'WEB' order by received_at desc, id desc limit :limit""";

	private final JdbcClient jdbc;

	private final Replies replies;

	private final OptOuts optOuts;

	private final Clock clock;

	MessageLinks(JdbcClient jdbc, Replies replies, OptOuts optOuts, Clock clock) {
		this.jdbc = jdbc;
		this.replies = replies;
		this.optOuts = optOuts;
		this.clock = clock;
	}

	/** The message of a link, expired or not. */
	Optional<LinkedMessage> find(String token) {
		if (!TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return this.jdbc.sql(FIND).param("token", token).query((rs, row) -> row(token, rs)).optional();
	}

	boolean expired(LinkedMessage message) {
		return message.expired(this.clock.instant());
	}

	/**
	 * The message's page.
	 * @param message the message
	 * @param answer the answer as typed, kept when it was refused
	 * @param error why it was refused
	 */
	MessageLinkPage page(LinkedMessage message, String answer, @Nullable InvalidInputException error) {
		var answers = new ArrayList<MessageLinkPage.Answer>();
		var total = new int[1];
		this.jdbc.sql(ANSWERS).param("sms", message.sms()).param("limit", ANSWERS_SHOWN).query(rs -> {
			answers.add(new MessageLinkPage.Answer(rs.getString("text"), rs.getTimestamp("received_at").toInstant()));
			total[0] = rs.getInt("total");
		});
		Collections.reverse(answers);
		var key = message.numberKey();
		return new MessageLinkPage(message.token(), message.shownText(), message.sentAt(), answers, total[0], answer,
				error, key != null, key != null && this.optOuts.contains(key));
	}

	/**
	 * Takes an answer typed on the page, as a reply to the message.
	 * @throws InvalidInputException on {@code answer} when it is empty or too long
	 */
	void answer(LinkedMessage message, String typed) {
		var text = typed.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("answer", "sms.link.answer.empty");
		}
		if (text.length() > MAX_ANSWER) {
			throw new InvalidInputException("answer", "sms.link.answer.tooLong", MAX_ANSWER);
		}
		this.replies.answered(message.answered(), text, this.clock.instant());
	}

	/**
	 * Stops non-essential messages to the number the message went to.
	 * @return whether they are stopped now; not when the number is not known
	 */
	boolean stop(LinkedMessage message) {
		var key = message.numberKey();
		if (key == null) {
			return false;
		}
		this.optOuts.add(key);
		return true;
	}

	private static LinkedMessage row(String token, ResultSet rs) throws SQLException {
		return new LinkedMessage(token, rs.getLong("id"), rs.getObject("organisation_id", UUID.class),
				rs.getString("conversation"), rs.getObject("recipient_id", UUID.class), rs.getString("language"),
				rs.getString("text"), rs.getTimestamp("sent_at").toInstant(),
				rs.getTimestamp("link_expires_at").toInstant(), rs.getString("number_key"));
	}

}
