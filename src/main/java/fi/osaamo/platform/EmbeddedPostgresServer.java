package fi.osaamo.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL 17 per data directory and JVM, shared by every application
 * context that asks for it (tests start it once per test JVM) and stopped when the last
 * one closes.
 */
final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final String DATABASE = "osaamo";

	private static final Map<Path, EmbeddedPostgresServer> running = new HashMap<>();

	private final Path directory;

	private final EmbeddedPostgres postgres;

	private int users;

	private EmbeddedPostgresServer(Path directory, EmbeddedPostgres postgres) {
		this.directory = directory;
		this.postgres = postgres;
	}

	static synchronized EmbeddedPostgresServer acquire(Path directory, boolean clean) {
		var key = directory.toAbsolutePath().normalize();
		var server = running.get(key);
		if (server == null) {
			server = new EmbeddedPostgresServer(key, start(key, clean));
			running.put(key, server);
		}
		server.users++;
		return server;
	}

	private static EmbeddedPostgres start(Path directory, boolean clean) {
		try {
			log.info("Starting embedded PostgreSQL with data in {}", directory);
			var postgres = builder(directory, clean).start();
			createDatabaseIfMissing(postgres);
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

	private static EmbeddedPostgres.Builder builder(Path directory, boolean clean) {
		return EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(clean)
			.setServerConfig("max_connections", "100")
			// The data lives on local solid-state storage. With the default cost of
			// a random read (4, for spinning disks) the planner hashes whole tables
			// where a few index look-ups answer (the talents who opted in to a city).
			.setServerConfig("random_page_cost", "1.1")
			.setRegisterShutdownHook(false);
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
			if (!exists.next()) {
				statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database " + DATABASE, ex);
		}
	}

	DatabaseConnection connection() {
		return new DatabaseConnection(postgres.getJdbcUrl("postgres", DATABASE), "postgres", null);
	}

	synchronized void release() {
		synchronized (EmbeddedPostgresServer.class) {
			if (--users > 0) {
				return;
			}
			running.remove(directory);
			stop();
		}
	}

	private void stop() {
		try {
			log.info("Stopping embedded PostgreSQL");
			postgres.close();
		}
		catch (IOException ex) {
			log.warn("Could not stop the embedded PostgreSQL cleanly", ex);
		}
	}

}
