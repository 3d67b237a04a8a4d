package fi.osaamo.jobs;

import java.time.LocalDate;
import java.util.List;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A job task.
 *
 * @param id its id
 * @param organisation the company
 * @param postedBy the HR specialist who posted it
 * @param title its title
 * @param description what it is about
 * @param occupationUri the ESCO occupation, if any
 * @param location where, in the poster's words
 * @param municipalityCode the municipality where the work is (Statistics Finland code)
 * @param applyFrom the application period's first day
 * @param applyTo the application period's last day
 * @param startDate when the work starts
 * @param publishedOn the day it was first opened, in Finnish time; {@code null} for a
 * draft never opened
 * @param status draft, open or closed
 * @param requiredSkills the skills it requires
 * @param version the version for optimistic locking
 */
public record JobTask(JobId id, OrganisationId organisation, PersonId postedBy, String title,
		@Nullable String description, @Nullable String occupationUri, @Nullable String location,
		@Nullable String municipalityCode, @Nullable LocalDate applyFrom, @Nullable LocalDate applyTo,
		@Nullable LocalDate startDate, @Nullable LocalDate publishedOn, JobStatus status,
		List<RequiredSkill> requiredSkills, int version) {
}
