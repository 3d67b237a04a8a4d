package fi.osaamo.opendata.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys for the open API, issued by administrators: each raises its holder's rate
 * limit. The key is shown once when issued; only its SHA-256 hash is stored.
 */
@Repository
public class ApiKeys {

	static final int MAX_NAME = 100;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	ApiKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Issues a key.
	 * @param name who or what it is for
	 * @param perMinute requests per minute it allows
	 * @param actor who issues it
	 * @return the key, to be shown once
	 */
	@Transactional
	public String issue(String name, int perMinute, PersonId actor) {
		validate(name, perMinute);
		var bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		var key = "osk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		store(key, name, perMinute, actor);
		return key;
	}

	private static void validate(String name, int perMinute) {
		if (name.isBlank()) {
			throw new InvalidInputException("name", "validation.required");
		}
		if (name.length() > MAX_NAME) {
			throw new InvalidInputException("name", "validation.tooLong", MAX_NAME);
		}
		if (perMinute < 1 || perMinute > 100_000) {
			throw new InvalidInputException("perMinute", "validation.range", 1, 100_000);
		}
	}

	private void store(String key, String name, int perMinute, PersonId actor) {
		jdbc.sql("""
				insert into opendata.api_key (id, name, key_hash, prefix, per_minute, created_by)
				values (:id, :name, :hash, :prefix, :perMinute, :actor)""")
			.param("id", UUID.randomUUID())
			.param("name", name.strip())
			.param("hash", hash(key))
			.param("prefix", key.substring(0, 8))
			.param("perMinute", perMinute)
			.param("actor", actor.value())
			.update();
	}

	@Transactional
	public boolean revoke(UUID id) {
		return jdbc.sql("update opendata.api_key set revoked_at = now() where id = :id and revoked_at is null")
			.param("id", id)
			.update() > 0;
	}

	/**
	 * The limit a presented key allows.
	 * @param key the key as presented
	 * @return its requests per minute, if it is a valid key that is not revoked
	 */
	public OptionalInt limitOf(String key) {
		if (key.length() > 100) {
			return OptionalInt.empty();
		}
		return jdbc.sql("select per_minute from opendata.api_key where key_hash = :hash and revoked_at is null")
			.param("hash", hash(key))
			.query(Integer.class)
			.optional()
			.map(OptionalInt::of)
			.orElse(OptionalInt.empty());
	}

	public List<Key> list() {
		return jdbc.sql(
				"select id, name, prefix, per_minute, created_at, revoked_at from opendata.api_key order by created_at desc")
			.query((rs, row) -> new Key(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("prefix"),
					rs.getInt("per_minute"), rs.getTimestamp("created_at").toInstant(),
					Optional.ofNullable(rs.getTimestamp("revoked_at")).map(java.sql.Timestamp::toInstant).orElse(null)))
			.list();
	}

	static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An issued key, without the key itself.
	 *
	 * @param id its id
	 * @param name what it is for
	 * @param prefix its first characters, to recognise it
	 * @param perMinute requests per minute it allows
	 * @param createdAt when issued
	 * @param revokedAt when revoked
	 */
	public record Key(UUID id, String name, String prefix, int perMinute, Instant createdAt,
			@Nullable Instant revokedAt) {
	}

}
