package fi.osaamo.studies;

import java.util.UUID;

/**
 * A study was added or changed (by its source, or by a local correction).
 *
 * @param id the study
 */
public record StudyChanged(UUID id) {
}
