package fi.osaamo.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import fi.osaamo.platform.LikePatterns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The sign-in attempts as platform administrators read them, newest first, kept for
 * {@code signInLogRetention}.
 */
@Component
class SignInLog {

	private static final String WHERE = " from account.sign_in_attempt where (:query = '' or username ilike :pattern or client ilike :pattern)";

	private final JdbcClient jdbc;

	private final AccountProperties properties;

	private final Clock clock;

	SignInLog(JdbcClient jdbc, AccountProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The newest attempts, for platform administrators.
	 * @param query part of the name or the address, or empty for all
	 * @param page the page, from 0
	 * @param size the page size
	 * @return the attempts and how many match
	 */
	Page list(String query, int page, int size) {
		var pattern = LikePatterns.containing(query);
		var total = jdbc.sql("select count(*)" + WHERE)
			.param("query", query)
			.param("pattern", pattern)
			.query(Long.class)
			.single();
		return new Page(items(query, pattern, page, size), total);
	}

	private List<SignInAttempt> items(String query, String pattern, int page, int size) {
		return jdbc
			.sql("select at, client, username, outcome" + WHERE
					+ " order by at desc, id desc limit :size offset :offset")
			.param("query", query)
			.param("pattern", pattern)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> new SignInAttempt(rs.getTimestamp("at").toInstant(), rs.getString("client"),
					rs.getString("username"), SignInAttempt.Outcome.valueOf(rs.getString("outcome"))))
			.list();
	}

	@Scheduled(cron = "0 17 3 * * *")
	void forgetOld() {
		jdbc.sql("delete from account.sign_in_attempt where at < :before")
			.param("before", Timestamp.from(clock.instant().minus(properties.signInLogRetention())))
			.update();
	}

	record Page(List<SignInAttempt> items, long total) {
	}

}
