package fi.osaamo.coach;

import java.util.List;

/**
 * What an import of apprenticeships did, or would do when previewed.
 *
 * @param created rows that are new apprenticeships
 * @param updated rows that update an apprenticeship of the same id
 * @param rejected rows that were not taken, and why
 */
public record ImportReport(int created, int updated, List<RowProblems> rejected) {

	/** How many rows were, or would be, taken. */
	public int taken() {
		return this.created + this.updated;
	}

}
