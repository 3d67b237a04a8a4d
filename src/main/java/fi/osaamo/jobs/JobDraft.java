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
 * @param location where, in the poster's words
 * @param municipalityCode the municipality where the work is (Statistics Finland code);
 * when {@code null}, the task keeps the one it has, and a new task gets its company's
 * home municipality
 * @param applyFrom the application period's first day
 * @param applyTo the application period's last day
 * @param startDate when the work starts
 * @param status draft, open or closed
 * @param requiredSkills the skills it requires
 */
public record JobDraft(String title, @Nullable String description, @Nullable String occupationUri,
		@Nullable String location, @Nullable String municipalityCode, @Nullable LocalDate applyFrom,
		@Nullable LocalDate applyTo, @Nullable LocalDate startDate, JobStatus status,
		List<RequiredSkill> requiredSkills) {

	/**
	 * A draft that leaves the municipality as it is (a new task gets its company's home
	 * municipality).
	 */
	public JobDraft(String title, @Nullable String description, @Nullable String occupationUri,
			@Nullable String location, @Nullable LocalDate applyFrom, @Nullable LocalDate applyTo,
			@Nullable LocalDate startDate, JobStatus status, List<RequiredSkill> requiredSkills) {
		this(title, description, occupationUri, location, null, applyFrom, applyTo, startDate, status, requiredSkills);
	}

	/**
	 * A task's fields as they are, with other required skills.
	 */
	static JobDraft of(JobTask task, List<RequiredSkill> skills) {
		return new JobDraft(task.title(), task.description(), task.occupationUri(), task.location(),
				task.municipalityCode(), task.applyFrom(), task.applyTo(), task.startDate(), task.status(), skills);
	}

}
