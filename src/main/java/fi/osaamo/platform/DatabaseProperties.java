package fi.osaamo.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that starts when no {@code spring.datasource.url}
 * is set.
 *
 * @param directory where the database files live between runs
 * @param clean whether to wipe the directory on start (tests)
 * @param poolSize the size of the application's connection pool
 */
@ConfigurationProperties("app.platform.database")
public record DatabaseProperties(@DefaultValue("var/postgres") Path directory, @DefaultValue("false") boolean clean,
		@DefaultValue("10") int poolSize) {
}
