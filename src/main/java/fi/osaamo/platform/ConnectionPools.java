package fi.osaamo.platform;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Connection pools whose connections act as one database role only, so that what a module
 * may read is enforced by PostgreSQL, not by convention.
 */
public final class ConnectionPools {

	private ConnectionPools() {
	}

	/**
	 * A pool whose connections act as the given role only.
	 * @param connection where the database is
	 * @param name the pool's name in logs and metrics
	 * @param role the role to narrow each connection to
	 * @return the pool, connecting lazily
	 */
	public static HikariDataSource narrowedTo(DatabaseConnection connection, String name, String role) {
		var pool = new HikariDataSource();
		pool.setPoolName(name);
		pool.setJdbcUrl(connection.url());
		pool.setUsername(connection.username());
		pool.setPassword(connection.password());
		pool.setConnectionInitSql("SET ROLE " + role);
		return pool;
	}

}
