package fi.osaamo.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Password sign-in attempts: recorded for the throttle and for the administrators' log,
 * and the wait the throttle imposes on the next attempt of a name from an address. The
 * wait is the same whether the name belongs to an account or not, so that neither the
 * answer nor the wait tells which names exist.
 */
@Component
class SignInAttempts {

	private final JdbcClient jdbc;

	private final AccountProperties properties;

	private final Clock clock;

	SignInAttempts(JdbcClient jdbc, AccountProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * How long the next attempt must still wait.
	 * @param client the client's address
	 * @param username the name typed
	 * @return zero when it may be tried now
	 */
	Duration waitFor(String client, String username) {
		var throttle = properties.throttle();
		var now = clock.instant();
		var since = now.minus(throttle.window());
		var byName = failuresOfName(username, since).wait(throttle.freePerName(), throttle.maxWaitPerName(), now);
		var byClient = failuresFrom(client, since).wait(throttle.freePerClient(), throttle.maxWaitPerClient(), now);
		return byName.compareTo(byClient) >= 0 ? byName : byClient;
	}

	/** The name's failures in the window since its latest success. */
	private Failures failuresOfName(String username, Instant since) {
		return jdbc.sql("""
				select count(*) as failures, max(at) as latest from account.sign_in_attempt
				where name_key = :key and outcome = 'FAILURE' and at > :since
				  and at > coalesce((select max(at) from account.sign_in_attempt
				                     where name_key = :key and outcome = 'SUCCESS'), :since)""")
			.param("key", key(username))
			.param("since", Timestamp.from(since))
			.query((rs, row) -> new Failures(rs.getInt("failures"), rs.getTimestamp("latest")))
			.single();
	}

	/** The address's failures in the window. */
	private Failures failuresFrom(String client, Instant since) {
		return jdbc.sql("""
				select count(*) as failures, max(at) as latest from account.sign_in_attempt
				where client = :client and outcome = 'FAILURE' and at > :since""")
			.param("client", client)
			.param("since", Timestamp.from(since))
			.query((rs, row) -> new Failures(rs.getInt("failures"), rs.getTimestamp("latest")))
			.single();
	}

	/**
	 * The wait after some failures: none up to the free number, then one second doubling
	 * with each further failure up to the maximum, counted from the latest failure.
	 */
	static Duration remaining(int failures, @Nullable Timestamp latest, int free, Duration max, Instant now) {
		if (failures < free || latest == null) {
			return Duration.ZERO;
		}
		var wait = Duration.ofSeconds(1L << Math.min(failures - free, 30));
		if (wait.compareTo(max) > 0) {
			wait = max;
		}
		var left = Duration.between(now, latest.toInstant().plus(wait));
		return left.isNegative() ? Duration.ZERO : left;
	}

	void record(String client, String username, SignInAttempt.Outcome outcome) {
		jdbc.sql("""
				insert into account.sign_in_attempt (at, client, name_key, username, outcome)
				values (:at, :client, :key, :username, :outcome)""")
			.param("at", Timestamp.from(clock.instant()))
			.param("client", abbreviate(client))
			.param("key", key(username))
			.param("username", abbreviate(username))
			.param("outcome", outcome.name())
			.update();
	}

	private static String abbreviate(String value) {
		return value.length() <= 64 ? value : value.substring(0, 63) + "…";
	}

	static String key(String username) {
		try {
			var digest = MessageDigest.getInstance("SHA-256")
				.digest(username.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Failed attempts counted by one of the throttle's measures.
	 *
	 * @param count how many
	 * @param latest when the latest was, if any
	 */
	private record Failures(int count, @Nullable Timestamp latest) {

		Duration wait(int free, Duration max, Instant now) {
			return remaining(count, latest, free, max, now);
		}

	}

}
