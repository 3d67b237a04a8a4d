package fi.osaamo.platform;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.Driver;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * Connects to PostgreSQL: the external one named by {@code spring.datasource.url}, or
 * else an embedded PostgreSQL 17 with its data under {@code var/}. Migrations run as the
 * owner; the application's pool runs as {@link DatabaseConnection#APP_ROLE}, which cannot
 * read the identity vault.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	EmbeddedDatabaseHandle embeddedDatabase(Environment environment, DatabaseProperties properties) {
		var url = environment.getProperty("spring.datasource.url");
		if (StringUtils.hasText(url)) {
			return new EmbeddedDatabaseHandle(null,
					new DatabaseConnection(url, environment.getProperty("spring.datasource.username", ""),
							environment.getProperty("spring.datasource.password")));
		}
		var server = EmbeddedPostgresServer.acquire(properties.directory(), properties.clean());
		return new EmbeddedDatabaseHandle(server, server.connection());
	}

	@Bean
	DatabaseConnection databaseConnection(EmbeddedDatabaseHandle handle) {
		return handle.connection();
	}

	@Bean
	@Primary
	HikariDataSource dataSource(DatabaseConnection connection, DatabaseProperties properties) {
		var pool = ConnectionPools.narrowedTo(connection, "app", DatabaseConnection.APP_ROLE);
		pool.setMaximumPoolSize(properties.poolSize());
		return pool;
	}

	@Bean
	@FlywayDataSource
	DataSource migrationDataSource(DatabaseConnection connection) {
		return new SimpleDriverDataSource(new Driver(), connection.url(), connection.username(), connection.password());
	}

	record EmbeddedDatabaseHandle(@Nullable EmbeddedPostgresServer server,
			DatabaseConnection connection) implements DisposableBean {

		@Override
		public void destroy() {
			if (server != null) {
				server.release();
			}
		}

	}

}
