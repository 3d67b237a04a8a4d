package fi.osaamo.dashboard;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A favourite of a growth-team member.
 *
 * @param kind what it is
 * @param target its id: a business ID, a job task's, study's or person's id
 * @param label its name when it was starred (a pseudonym for a talent)
 * @param note the member's own note
 * @param createdAt when it was starred
 */
public record Favourite(Kind kind, String target, String label, @Nullable String note, Instant createdAt) {

	public String link() {
		return switch (kind) {
			case COMPANY -> "/dashboard/companies/" + target;
			case JOB -> "/dashboard/jobs/" + target;
			case STUDY -> "/studies/" + target;
			case TALENT -> "/dashboard/talents/" + target;
		};
	}

	/** What can be starred. */
	public enum Kind {

		COMPANY, JOB, STUDY, TALENT

	}

}
