package fi.osaamo.messaging.sms;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds the message a reply answers: the latest one sent to the number. */
@Component
class Conversations {

	private static final String LATEST = """
			select id, organisation_id, conversation, recipient_id, language from messaging.sms
			where number_key = :key and recipient_id is not null
			order by created_at desc, id desc limit 1""";

	private static final String BY_TOKEN = """
			select id, organisation_id, conversation, recipient_id, language from messaging.sms
			where link_token = :token and link_expires_at > now() and recipient_id is not null""";

	private final JdbcClient jdbc;

	Conversations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The message a reply answers.
	 *
	 * @param sms the message's row
	 * @param organisation who sent it
	 * @param conversation its conversation
	 * @param recipient the person it went to
	 * @param language its language
	 */
	record Latest(long sms, UUID organisation, String conversation, UUID recipient, String language) {
	}

	Optional<Latest> latest(@Nullable String numberKey) {
		if (numberKey == null) {
			return Optional.empty();
		}
		return this.jdbc.sql(LATEST).param("key", numberKey).query(this::row).optional();
	}

	/** The message of a personal link that has not expired. */
	Optional<Latest> byToken(String token) {
		return this.jdbc.sql(BY_TOKEN).param("token", token).query(this::row).optional();
	}

	private Latest row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Latest(rs.getLong("id"), rs.getObject("organisation_id", UUID.class), rs.getString("conversation"),
				rs.getObject("recipient_id", UUID.class), rs.getString("language"));
	}

}
