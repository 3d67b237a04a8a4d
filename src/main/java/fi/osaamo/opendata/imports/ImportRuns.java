package fi.osaamo.opendata.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the import-run log: each run with its counts, and every record it turned down.
 */
@Repository
public class ImportRuns {

	private final JdbcClient jdbc;

	ImportRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ImportRun> find(UUID id) {
		return jdbc.sql("select * from opendata.import_run where id = :id")
			.param("id", id)
			.query(ImportRuns::run)
			.optional();
	}

	public List<ImportRun> latest(String source, int limit) {
		return jdbc
			.sql("select * from opendata.import_run where source = :source order by started_at desc limit :limit")
			.param("source", source)
			.param("limit", limit)
			.query(ImportRuns::run)
			.list();
	}

	public List<ImportRun.Rejection> rejections(UUID run, int offset, int limit) {
		return jdbc.sql("""
				select seq, record_ref, reason_key, reason_args, detail from opendata.rejection where run_id = :run
				order by seq offset :offset limit :limit""")
			.param("run", run)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, row) -> new ImportRun.Rejection(rs.getInt("seq"), rs.getString("record_ref"),
					rs.getString("reason_key"), strings(rs, "reason_args"), rs.getString("detail")))
			.list();
	}

	private static ImportRun run(ResultSet rs, int row) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new ImportRun(rs.getObject("id", UUID.class), rs.getString("source"),
				ImportRun.Trigger.valueOf(rs.getString("trigger")), rs.getTimestamp("started_at").toInstant(),
				finished == null ? null : finished.toInstant(), ImportRun.Status.valueOf(rs.getString("status")),
				rs.getInt("processed"), rs.getInt("created"), rs.getInt("updated"), rs.getInt("unchanged"),
				rs.getInt("rejected"), rs.getInt("skipped"), rs.getString("message"), strings(rs, "message_args"));
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		var array = rs.getArray(column);
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

}
