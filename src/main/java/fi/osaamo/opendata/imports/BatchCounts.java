package fi.osaamo.opendata.imports;

/**
 * What became of one batch's records, added to its run's counts when the batch commits.
 */
final class BatchCounts {

	int processed;

	int created;

	int updated;

	int unchanged;

	int rejected;

	int skipped;

	void stored(boolean created) {
		if (created) {
			this.created++;
		}
		else {
			this.updated++;
		}
	}

}
