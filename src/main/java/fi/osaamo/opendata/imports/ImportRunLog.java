package fi.osaamo.opendata.imports;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the import-run log: runs as they start, count and end, and every record a run
 * turned down.
 */
@Repository
class ImportRunLog {

	private static final String ADD_COUNTS = """
			update opendata.import_run set processed = processed + :processed, created = created + :created,
			  updated = updated + :updated, unchanged = unchanged + :unchanged, rejected = rejected + :rejected,
			  skipped = skipped + :skipped
			where id = :id""";

	private final JdbcClient jdbc;

	ImportRunLog(JdbcClient jdbc) {
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

	void addCounts(UUID run, BatchCounts counts) {
		jdbc.sql(ADD_COUNTS)
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

}
