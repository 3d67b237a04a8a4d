package fi.osaamo.companies;

import fi.osaamo.platform.StaleVersionException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Optimistic locking of the rows a user edits: the update or delete names its row with
 * {@code version = :version}, the version the user saw, and fails when someone else
 * changed the row since.
 */
final class OptimisticLock {

	private OptimisticLock() {
	}

	/**
	 * Runs the statement for the version the user saw.
	 * @param statement an update or delete with the condition {@code version = :version}
	 * @param version the version the user saw
	 * @throws StaleVersionException when no row had that version
	 */
	static void update(JdbcClient.StatementSpec statement, int version) {
		if (statement.param("version", version).update() == 0) {
			throw new StaleVersionException();
		}
	}

}
