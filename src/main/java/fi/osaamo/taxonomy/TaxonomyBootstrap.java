package fi.osaamo.taxonomy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled ESCO taxonomy on the first start. An advisory lock keeps two
 * instances sharing a database from loading it twice.
 */
@Component
@Order(0)
class TaxonomyBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TaxonomyBootstrap.class);

	private static final long LOCK = 0x05A4_0001L;

	private final JdbcClient jdbc;

	private final EscoImporter importer;

	private final TransactionTemplate transactions;

	TaxonomyBootstrap(JdbcClient jdbc, EscoImporter importer, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.importer = importer;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query(Object.class).single();
			var loaded = jdbc.sql("select count(*) from taxonomy.dataset where name = 'esco'")
				.query(Long.class)
				.single();
			if (loaded == 0) {
				log.info("Loading the bundled ESCO taxonomy ({})", EscoDataset.VERSION);
				importer.importBundled();
			}
		});
	}

}
