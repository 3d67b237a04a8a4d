package fi.osaamo.coach.apprenticeships;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An apprenticeship's on-the-job period, as the coach's messages need it.
 *
 * @param id the apprenticeship
 * @param externalId the student system's id
 * @param cohort the student group, if any
 * @param startsOn the first day on the job
 * @param endsOn the last
 * @param language the language of the apprentice's messages
 */
public record Period(UUID id, String externalId, @Nullable String cohort, LocalDate startsOn, LocalDate endsOn,
		String language) {
}
