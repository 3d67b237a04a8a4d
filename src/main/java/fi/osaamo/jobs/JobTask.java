package fi.osaamo.jobs;

import java.time.LocalDate;
import java.util.List;

import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A job task.
 *
 * @param id its id
 * @param organisation the company
 * @param title its title
 * @param description what it is about
 * @param occupationUri the ESCO occupation, if any
 * @param location where
 * @param applyFrom the application period's first day
 * @param applyTo the application period's last day
 * @param startDate when the work starts
 * @param status draft, open or closed
 * @param requiredSkills the skills it requires
 * @param version the version for optimistic locking
 */
public record JobTask(JobId id, OrganisationId organisation, String title, @Nullable String description,
		@Nullable String occupationUri, @Nullable String location, @Nullable LocalDate applyFrom,
		@Nullable LocalDate applyTo, @Nullable LocalDate startDate, JobStatus status,
		List<RequiredSkill> requiredSkills, int version) {
}
