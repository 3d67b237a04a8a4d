package fi.osaamo.platform;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Connection pools whose connections act as one database role only, so that what a module
 * may read is enforced by PostgreSQL, not by convention.
 */
public final class ConnectionPools {

	/**
	 * How much of a searched word must resemble a word of the text for a fuzzy match
	 * ({@code <%}): at 0.5 one transposed pair of letters ({@code hitsuas},
	 * {@code ensipau}) and other inflected forms ({@code hitsaus} in {@code Hitsaajien})
	 * still match; PostgreSQL's default 0.6 misses them.
	 */
	static final String WORD_SIMILARITY = "0.5";

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
		pool.setConnectionInitSql("SET ROLE " + role + "; SET pg_trgm.word_similarity_threshold = " + WORD_SIMILARITY);
		return pool;
	}

}
