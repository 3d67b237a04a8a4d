package fi.osaamo.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name (also for names that do not exist, so that locking
 * does not reveal which do) and locks the name for a while after too many. The name is
 * stored only as a hash.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final AccountProperties properties;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, AccountProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	boolean isLocked(String username) {
		return jdbc.sql("select locked_until > :now from account.login_throttle where key_hash = :key")
			.param("now", Timestamp.from(clock.instant()))
			.param("key", key(username))
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		var username = String.valueOf(event.getAuthentication().getPrincipal());
		var now = clock.instant();
		jdbc.sql("""
				insert into account.login_throttle (key_hash, failures, last_failure) values (:key, 1, :now)
				on conflict (key_hash) do update set
				  failures = case when account.login_throttle.locked_until <= :now then 1
				                  else account.login_throttle.failures + 1 end,
				  locked_until = case when account.login_throttle.locked_until <= :now then null
				                      else account.login_throttle.locked_until end,
				  last_failure = :now""").param("key", key(username)).param("now", Timestamp.from(now)).update();
		jdbc.sql("""
				update account.login_throttle set locked_until = :until
				where key_hash = :key and failures >= :max and locked_until is null""")
			.param("until", Timestamp.from(now.plus(properties.lockDuration())))
			.param("key", key(username))
			.param("max", properties.maxFailedAttempts())
			.update();
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		jdbc.sql("delete from account.login_throttle where key_hash = :key")
			.param("key", key(event.getAuthentication().getName()))
			.update();
	}

	private static String key(String username) {
		try {
			var digest = MessageDigest.getInstance("SHA-256")
				.digest(username.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
