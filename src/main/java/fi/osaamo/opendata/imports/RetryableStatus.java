package fi.osaamo.opendata.imports;

import java.io.IOException;

/** An answer (429 or 5xx) that says to try again later, so the request is retried. */
final class RetryableStatus extends IOException {

	RetryableStatus(int status) {
		super("HTTP " + status);
	}

}
