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

	private final ImportRunLog runs;

	private final RecordStore records;

	private final TransactionTemplate batchTransaction;

	private final TransactionTemplate recordSavepoint;

	BatchStore(ImportRunLog runs, RecordStore records, PlatformTransactionManager transactions) {
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
			var target = new Target(run, adapter, sequence, new BatchCounts());
			batch.forEach(record -> store(target, record));
			runs.addCounts(run, target.counts());
		});
		batch.clear();
	}

	private void store(Target target, SourceRecord record) {
		target.counts().processed++;
		if (record instanceof SourceRecord.Rejected rejected) {
			reject(target, rejected);
		}
		else if (record instanceof SourceRecord.Parsed parsed) {
			storeParsed(target, parsed);
		}
		else {
			target.counts().skipped++;
		}
	}

	private void storeParsed(Target target, SourceRecord.Parsed parsed) {
		var hash = records.hash(parsed.payload());
		var previous = records.hashOf(target.adapter().id(), parsed.sourceId());
		if (previous.isPresent() && previous.get().equals(hash)) {
			target.counts().unchanged++;
			return;
		}
		storeChanged(target, parsed, hash, previous.isEmpty());
	}

	private void storeChanged(Target target, SourceRecord.Parsed parsed, String hash, boolean created) {
		try {
			write(target, parsed, hash, created);
		}
		catch (InvalidInputException ex) {
			reject(target, refused(parsed, ex));
		}
		catch (DataAccessException ex) {
			// The database's own message would read in one language only: it goes to the
			// server's log, and the run log says what happened.
			log.warn("Import {} of {} could not store {}", target.run(), target.adapter().id(), parsed.sourceId(), ex);
			reject(target, new SourceRecord.Rejected(parsed.sourceId(), "opendata.reject.storage", null));
		}
	}

	private void write(Target target, SourceRecord.Parsed parsed, String hash, boolean created) {
		recordSavepoint.executeWithoutResult(status -> {
			var stored = target.adapter().store(parsed, created);
			records.remember(target.adapter().id(), parsed.sourceId(), hash, stored);
		});
		target.counts().stored(created);
	}

	private static SourceRecord.Rejected refused(SourceRecord.Parsed parsed, InvalidInputException ex) {
		return new SourceRecord.Rejected(parsed.sourceId(), ex.messageKey(),
				Arrays.stream(ex.arguments()).map(String::valueOf).toList(), null);
	}

	private void reject(Target target, SourceRecord.Rejected rejected) {
		runs.reject(target.run(), ++target.sequence()[0], rejected);
		target.counts().rejected++;
	}

	/**
	 * The run a batch belongs to, its rejections' running number and the batch's counts.
	 */
	private record Target(UUID run, SourceAdapter adapter, int[] sequence, BatchCounts counts) {
	}

}
