package fi.osaamo.competence;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A degree, qualification or course completed.
 *
 * @param id its id
 * @param title the qualification
 * @param institution where
 * @param completedYear when
 */
public record Education(UUID id, String title, @Nullable String institution, @Nullable Integer completedYear) {
}
