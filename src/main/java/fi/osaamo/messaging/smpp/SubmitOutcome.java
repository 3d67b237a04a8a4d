package fi.osaamo.messaging.smpp;

/**
 * How a submit_sm went.
 */
public sealed interface SubmitOutcome {

	/** The SMSC took the part and gave it an id. */
	record Accepted(String smscId) implements SubmitOutcome {
	}

	/** The SMSC said ESME_RTHROTTLED: too fast; the part is sent again after a pause. */
	record Throttled() implements SubmitOutcome {
	}

	/**
	 * A failure that may pass: the bind is down, the SMSC's queue is full, a system
	 * error.
	 */
	record Temporary(String error) implements SubmitOutcome {
	}

	/** A failure that sending again cannot mend: an invalid or barred number, say. */
	record Permanent(String error) implements SubmitOutcome {
	}

	/**
	 * No response in time: the SMSC may or may not have the part. It is settled from the
	 * receipts rather than sent again blindly.
	 */
	record InDoubt(String error) implements SubmitOutcome {
	}

}
