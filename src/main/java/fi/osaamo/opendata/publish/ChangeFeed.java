package fi.osaamo.opendata.publish;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the change feed the open API publishes, from the module's own table: what
 * changed, oldest first, with where to read it now.
 */
@Repository
class ChangeFeed {

	private final JdbcClient jdbc;

	ChangeFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Map<String, Object>> changes(long after, int limit) {
		return jdbc.sql("select * from opendata.change where seq > :after order by seq limit :limit")
			.param("after", after)
			.param("limit", limit)
			.query((rs, row) -> change(rs))
			.list();
	}

	private static Map<String, Object> change(ResultSet rs) throws SQLException {
		Map<String, Object> change = new LinkedHashMap<>();
		var kind = rs.getString("kind");
		var ref = rs.getString("ref");
		change.put("seq", rs.getLong("seq"));
		change.put("type", kind);
		change.put("id", ref);
		change.put("operation", rs.getString("operation").toLowerCase(Locale.ROOT));
		change.put("changedAt", rs.getTimestamp("changed_at").toInstant().toString());
		change.put("href", href(kind, ref));
		return change;
	}

	private static String href(String kind, String ref) {
		return switch (kind) {
			case "company" -> "/api/v1/open/companies/" + ref;
			case "job" -> "/api/v1/open/jobs/" + ref;
			default -> "/api/v1/open/studies/" + ref;
		};
	}

}
