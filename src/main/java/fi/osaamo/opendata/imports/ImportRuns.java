package fi.osaamo.opendata.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The import-run log: each run with its counts, and every record it turned down.
 */
@Repository
public class ImportRuns {

	private final JdbcClient jdbc;

	ImportRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID start(String source, ImportRun.Trigger trigger, @Nullable UUID actor) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into opendata.import_run (id, source, trigger, started_by, status)
				values (:id, :source, :trigger, :actor, 'RUNNING')""")
			.param("id", id)
			.param("source", source)
			.param("trigger", trigger.name())
			.param("actor", actor)
			.update();
		return id;
	}

	void addCounts(UUID run, Counts counts) {
		jdbc.sql("""
				update opendata.import_run set processed = processed + :processed, created = created + :created,
				  updated = updated + :updated, unchanged = unchanged + :unchanged, rejected = rejected + :rejected,
				  skipped = skipped + :skipped
				where id = :id""")
			.param("id", run)
			.param("processed", counts.processed)
			.param("created", counts.created)
			.param("updated", counts.updated)
			.param("unchanged", counts.unchanged)
			.param("rejected", counts.rejected)
			.param("skipped", counts.skipped)
			.update();
	}

	void reject(UUID run, int seq, SourceRecord.Rejected rejected) {
		jdbc.sql("""
				insert into opendata.rejection (run_id, seq, record_ref, reason_key, reason_args, detail)
				values (:run, :seq, :ref, :reason, :arguments, :detail)""")
			.param("run", run)
			.param("seq", seq)
			.param("ref", rejected.ref())
			.param("reason", rejected.reasonKey())
			.param("arguments", rejected.arguments().toArray(String[]::new))
			.param("detail", rejected.detail())
			.update();
	}

	void finish(UUID run, ImportRun.Status status, @Nullable String messageKey) {
		finish(run, status, messageKey, List.of());
	}

	void finish(UUID run, ImportRun.Status status, @Nullable String messageKey, List<String> arguments) {
		jdbc.sql("""
				update opendata.import_run set status = :status, finished_at = now(), message = :message,
				  message_args = :arguments
				where id = :id and status = 'RUNNING'""")
			.param("id", run)
			.param("status", status.name())
			.param("message", messageKey)
			.param("arguments", arguments.toArray(String[]::new))
			.update();
	}

	/**
	 * Marks the source's runs that claim to be running as interrupted; called while
	 * holding the source's lock, so none of them really is.
	 * @param source the source
	 * @return how many there were
	 */
	int interruptStale(String source) {
		return jdbc.sql("""
				update opendata.import_run set status = 'INTERRUPTED', finished_at = now(),
				  message = 'opendata.run.interrupted'
				where source = :source and status = 'RUNNING'""").param("source", source).update();
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

	/** Counts of one batch. */
	static final class Counts {

		int processed;

		int created;

		int updated;

		int unchanged;

		int rejected;

		int skipped;

	}

}
