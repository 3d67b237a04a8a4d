package fi.osaamo.opendata.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each source last gave, by the source's own id and a hash of the record's content,
 * so a rerun stores only what changed.
 */
@Repository
class RecordStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RecordStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	String hash(Object payload) {
		try {
			var digest = MessageDigest.getInstance("SHA-256")
				.digest(json.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Optional<String> hashOf(String source, String sourceId) {
		return jdbc.sql("select content_hash from opendata.imported_record where source = :source and source_id = :id")
			.param("source", source)
			.param("id", sourceId)
			.query(String.class)
			.optional();
	}

	void remember(String source, String sourceId, String hash, @Nullable String targetId) {
		jdbc.sql("""
				insert into opendata.imported_record (source, source_id, content_hash, target_id)
				values (:source, :id, :hash, :target)
				on conflict (source, source_id) do update set content_hash = excluded.content_hash,
				  target_id = excluded.target_id, last_changed = now()""")
			.param("source", source)
			.param("id", sourceId)
			.param("hash", hash)
			.param("target", targetId)
			.update();
	}

}
