package fi.osaamo.opendata.imports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The change feed behind {@code /api/v1/open/changes}: each change to published data, in
 * the order it was committed.
 */
@Repository
public class ChangeLog {

	public enum Kind {

		company, job, study

	}

	private final JdbcClient jdbc;

	ChangeLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void upserted(Kind kind, String ref) {
		append(kind, ref, "UPSERT");
	}

	public void deleted(Kind kind, String ref) {
		append(kind, ref, "DELETE");
	}

	private void append(Kind kind, String ref, String operation) {
		jdbc.sql("insert into opendata.change (kind, ref, operation) values (:kind, :ref, :operation)")
			.param("kind", kind.name())
			.param("ref", ref)
			.param("operation", operation)
			.update();
	}

}
