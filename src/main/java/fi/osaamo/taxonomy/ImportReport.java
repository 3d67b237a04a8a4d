package fi.osaamo.taxonomy;

import java.util.List;

/**
 * What an import did.
 *
 * @param updated how many records were taken in
 * @param rejected the records left out, each with its line and reason
 * @param rejectedCount how many were left out in all
 */
public record ImportReport(int updated, List<Rejection> rejected, int rejectedCount) {

	/**
	 * A record left out.
	 *
	 * @param line its line in the file
	 * @param reasonKey the message key of the reason
	 * @param value the offending value
	 */
	public record Rejection(long line, String reasonKey, String value) {
	}

}
