package fi.osaamo.jobs;

import java.util.UUID;

/**
 * The identifier of a job task.
 *
 * @param value the identifier
 */
public record JobId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}

}
