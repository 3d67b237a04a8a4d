package fi.osaamo.identity;

import com.zaxxer.hikari.HikariDataSource;
import fi.osaamo.platform.ConnectionPools;
import fi.osaamo.platform.DatabaseConnection;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The vault's own connection pool, acting as the only role that can read the
 * {@code identity} schema. Its beans are not injected anywhere else.
 */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

	@Bean(defaultCandidate = false)
	HikariDataSource vaultDataSource(DatabaseConnection connection) {
		var pool = ConnectionPools.narrowedTo(connection, "vault", DatabaseConnection.VAULT_ROLE);
		pool.setMaximumPoolSize(4);
		return pool;
	}

	@Bean(defaultCandidate = false)
	Vault vault(@Qualifier("vaultDataSource") HikariDataSource vaultDataSource) {
		return new Vault(JdbcClient.create(vaultDataSource),
				new TransactionTemplate(new DataSourceTransactionManager(vaultDataSource)));
	}

	/**
	 * The vault's JDBC access and transactions, together so they cannot be mixed up with
	 * the application's.
	 */
	record Vault(JdbcClient jdbc, TransactionTemplate transactions) {
	}

}
