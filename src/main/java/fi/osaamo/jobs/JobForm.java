package fi.osaamo.jobs;

import java.time.LocalDate;
import java.util.List;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The job task form; kept as typed when the save is refused.
 *
 * @param title its title
 * @param description what it is about
 * @param occupation the ESCO occupation URI
 * @param occupationQuery what was typed to find the occupation
 * @param location where, in the poster's words
 * @param municipality the municipality where the work is (Statistics Finland code)
 * @param applyFrom the application period's first day
 * @param applyTo its last day
 * @param startDate when the work starts
 * @param status draft, open or closed
 * @param version the version the user saw
 */
public record JobForm(@Nullable String title, @Nullable String description, @Nullable String occupation,
		@Nullable String occupationQuery, @Nullable String location, @Nullable String municipality,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate applyFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate applyTo,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startDate, @Nullable JobStatus status,
		@Nullable Integer version) {

	static JobForm empty(@Nullable String municipality) {
		return new JobForm("", "", "", "", "", municipality, null, null, null, JobStatus.DRAFT, 0);
	}

	static JobForm of(JobTask task) {
		return new JobForm(task.title(), task.description(), task.occupationUri(), "", task.location(),
				task.municipalityCode(), task.applyFrom(), task.applyTo(), task.startDate(), task.status(),
				task.version());
	}

	JobForm withVersion(int current) {
		return new JobForm(title, description, occupation, occupationQuery, location, municipality, applyFrom, applyTo,
				startDate, status, current);
	}

	/**
	 * The form to show again after a refused save: with the current version when the save
	 * was refused because the task had changed meanwhile.
	 */
	JobForm refusedBy(InvalidInputException refusal, int current) {
		return refusal instanceof StaleVersionException ? withVersion(current) : this;
	}

	/** The version the user saw, or -1 when the form did not say. */
	int seenVersion() {
		return version == null ? -1 : version;
	}

	JobDraft toDraft(List<RequiredSkill> skills) {
		return new JobDraft(title == null ? "" : title, description, occupation, location, municipality, applyFrom,
				applyTo, startDate, status == null ? JobStatus.DRAFT : status, skills);
	}

	public String date(@Nullable LocalDate date) {
		return date == null ? "" : date.toString();
	}

	public JobStatus[] statuses() {
		return JobStatus.values();
	}

}
