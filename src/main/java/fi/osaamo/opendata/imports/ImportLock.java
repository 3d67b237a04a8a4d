package fi.osaamo.opendata.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL session-level advisory lock per source, held on its own connection for the
 * whole run: a second instance of the application (or a second click) cannot start the
 * same import, and when an instance dies its connection closes and the lock goes with it.
 */
final class ImportLock implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ImportLock.class);

	// The first half of the two-part advisory-lock key; the second is the source.
	private static final int NAMESPACE = 0x05DA7A;

	private final Connection connection;

	private final int key;

	private ImportLock(Connection connection, int key) {
		this.connection = connection;
		this.key = key;
	}

	static Optional<ImportLock> tryAcquire(DataSource dataSource, String source) {
		try {
			return acquire(dataSource.getConnection(), source.hashCode());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not take the import lock of " + source, ex);
		}
	}

	private static Optional<ImportLock> acquire(Connection connection, int key) throws SQLException {
		if (tryLock(connection, key)) {
			return Optional.of(new ImportLock(connection, key));
		}
		connection.close();
		return Optional.empty();
	}

	private static boolean tryLock(Connection connection, int key) throws SQLException {
		try (var statement = connection.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
			statement.setInt(1, NAMESPACE);
			statement.setInt(2, key);
			try (var result = statement.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}

	@Override
	public void close() {
		try (connection; var statement = connection.prepareStatement("select pg_advisory_unlock(?, ?)")) {
			statement.setInt(1, NAMESPACE);
			statement.setInt(2, key);
			statement.execute();
		}
		catch (SQLException ex) {
			// Closing the connection releases the lock anyway.
			log.warn("Could not release an import lock", ex);
		}
	}

}
