package fi.osaamo.competence;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A job held.
 *
 * @param id its id
 * @param title the job title
 * @param employer where
 * @param startYear from
 * @param endYear to, or none while it goes on
 */
public record WorkExperience(UUID id, String title, @Nullable String employer, @Nullable Integer startYear,
		@Nullable Integer endYear) {
}
