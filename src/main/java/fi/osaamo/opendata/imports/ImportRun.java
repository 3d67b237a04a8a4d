package fi.osaamo.opendata.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One run of an import, as the log keeps it.
 *
 * @param id its id
 * @param source the source
 * @param trigger what started it: the schedule, a person, or an uploaded file
 * @param startedAt when it started
 * @param finishedAt when it ended
 * @param status where it is
 * @param processed records read so far
 * @param created records new to Osaamo
 * @param updated records that had changed
 * @param unchanged records as they were
 * @param rejected records turned down
 * @param skipped records outside the region
 * @param messageKey why a run failed or stopped, as a message key
 * @param messageArguments the message's arguments
 */
public record ImportRun(UUID id, String source, Trigger trigger, Instant startedAt, @Nullable Instant finishedAt,
		Status status, int processed, int created, int updated, int unchanged, int rejected, int skipped,
		@Nullable String messageKey, List<String> messageArguments) {

	public boolean running() {
		return status == Status.RUNNING;
	}

	public enum Trigger {

		SCHEDULE, MANUAL, UPLOAD

	}

	public enum Status {

		RUNNING, SUCCEEDED, FAILED, INTERRUPTED, CANCELLED

	}

	/**
	 * A record a run turned down.
	 *
	 * @param seq its position in the log
	 * @param ref the source's id for it, or its position
	 * @param reasonKey the reason, as a message key
	 * @param reasonArguments the reason's arguments
	 * @param detail the offending value
	 */
	public record Rejection(int seq, String ref, String reasonKey, List<String> reasonArguments,
			@Nullable String detail) {
	}

}
