package fi.osaamo.jobs;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The fields of a job task being created or changed.
 *
 * @param title its title
 * @param description what it is about
 * @param occupationUri the ESCO occupation
 * @param location where
 * @param applyFrom the application period's first day
 * @param applyTo the application period's last day
 * @param startDate when the work starts
 * @param status draft, open or closed
 * @param requiredSkills the skills it requires
 */
public record JobDraft(String title, @Nullable String description, @Nullable String occupationUri,
		@Nullable String location, @Nullable LocalDate applyFrom, @Nullable LocalDate applyTo,
		@Nullable LocalDate startDate, JobStatus status, List<RequiredSkill> requiredSkills) {
}
