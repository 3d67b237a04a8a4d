package fi.osaamo.opendata.imports;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import fi.osaamo.platform.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a batch of an import's records in one transaction: rejected records into the run
 * log, records whose content did not change counted and left alone, and each other record
 * written by its adapter in a savepoint, so that a record the database refuses is logged
 * with its reason and the rest of the batch is kept.
 */
@Component
class BatchStore {

	private static final Logger log = LoggerFactory.getLogger(BatchStore.class);

	private final ImportRuns runs;

	private final RecordStore records;

	private final TransactionTemplate batchTransaction;

	private final TransactionTemplate recordSavepoint;

	BatchStore(ImportRuns runs, RecordStore records, PlatformTransactionManager transactions) {
		this.runs = runs;
		this.records = records;
		this.batchTransaction = new TransactionTemplate(transactions);
		this.recordSavepoint = new TransactionTemplate(transactions);
		this.recordSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	void store(UUID run, SourceAdapter adapter, List<SourceRecord> batch, int[] sequence) {
		if (batch.isEmpty()) {
			return;
		}
		batchTransaction.executeWithoutResult(status -> {
			var counts = new ImportRuns.Counts();
			for (var record : batch) {
				counts.processed++;
				if (record instanceof SourceRecord.Rejected rejected) {
					runs.reject(run, ++sequence[0], rejected);
					counts.rejected++;
				}
				else if (record instanceof SourceRecord.Parsed parsed) {
					storeParsed(run, adapter, parsed, counts, sequence);
				}
				else {
					counts.skipped++;
				}
			}
			runs.addCounts(run, counts);
		});
		batch.clear();
	}

	private void storeParsed(UUID run, SourceAdapter adapter, SourceRecord.Parsed parsed, ImportRuns.Counts counts,
			int[] sequence) {
		var hash = records.hash(parsed.payload());
		var previous = records.hashOf(adapter.id(), parsed.sourceId());
		if (previous.isPresent() && previous.get().equals(hash)) {
			counts.unchanged++;
			return;
		}
		try {
			recordSavepoint.executeWithoutResult(status -> {
				var target = adapter.store(parsed, previous.isEmpty());
				records.remember(adapter.id(), parsed.sourceId(), hash, target);
			});
			if (previous.isEmpty()) {
				counts.created++;
			}
			else {
				counts.updated++;
			}
		}
		catch (InvalidInputException ex) {
			runs.reject(run, ++sequence[0], new SourceRecord.Rejected(parsed.sourceId(), ex.messageKey(),
					Arrays.stream(ex.arguments()).map(String::valueOf).toList(), null));
			counts.rejected++;
		}
		catch (DataAccessException ex) {
			// The database's own message would read in one language only: it goes to the
			// server's log, and the run log says what happened.
			log.warn("Import {} of {} could not store {}", run, adapter.id(), parsed.sourceId(), ex);
			runs.reject(run, ++sequence[0],
					new SourceRecord.Rejected(parsed.sourceId(), "opendata.reject.storage", null));
			counts.rejected++;
		}
	}

}
