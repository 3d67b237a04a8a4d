package fi.osaamo.jobs;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A job task in the JSON API.
 *
 * @param id its id (ignored when sent)
 * @param organisation the company's id
 * @param title its title
 * @param description what it is about
 * @param occupation the ESCO occupation URI
 * @param location where, in the poster's words
 * @param municipality the municipality where the work is (Statistics Finland code, such
 * as 091); left out, a new task gets its company's home municipality and a changed one
 * keeps its own
 * @param status DRAFT, OPEN or CLOSED
 * @param applicationPeriod from and to
 * @param startDate when the work starts
 * @param requiredSkills the skills it requires
 * @param version the version to send back with a change
 */
record JobJson(@Nullable String id, @Nullable String organisation,
		@NotBlank @Size(max = JobManagement.MAX_TITLE) String title,
		@Size(max = JobManagement.MAX_DESCRIPTION) @Nullable String description, @Nullable String occupation,
		@Size(max = JobManagement.MAX_TITLE) @Nullable String location, @Nullable String municipality,
		@Nullable JobStatus status, @Nullable Period applicationPeriod, @Nullable LocalDate startDate,
		@Size(max = JobManagement.MAX_SKILLS) @Valid @Nullable List<SkillJson> requiredSkills,
		@Nullable Integer version) {

	static JobJson of(JobTask task) {
		return new JobJson(task.id().toString(), task.organisation().toString(), task.title(), task.description(),
				task.occupationUri(), task.location(), task.municipalityCode(), task.status(),
				new Period(task.applyFrom(), task.applyTo()), task.startDate(),
				task.requiredSkills().stream().map(SkillJson::of).toList(), task.version());
	}

	JobDraft toDraft() {
		return new JobDraft(title, description, occupation, location, municipality,
				applicationPeriod == null ? null : applicationPeriod.from(),
				applicationPeriod == null ? null : applicationPeriod.to(), startDate,
				status == null ? JobStatus.DRAFT : status,
				requiredSkills == null ? List.of() : requiredSkills.stream().map(SkillJson::toSkill).toList());
	}

	/**
	 * The application period.
	 *
	 * @param from its first day
	 * @param to its last day
	 */
	record Period(@Nullable LocalDate from, @Nullable LocalDate to) {
	}

	/**
	 * A required skill.
	 *
	 * @param uri the ESCO skill URI
	 * @param level the minimum level
	 * @param importance MUST or NICE
	 * @param weight how much it counts
	 */
	record SkillJson(@NotBlank @Size(max = 255) String uri, @NotNull @Min(1) @Max(5) Integer level,
			@Nullable Importance importance,
			@DecimalMin(value = "0", inclusive = false) @DecimalMax("10") @Nullable Double weight) {

		static SkillJson of(RequiredSkill skill) {
			return new SkillJson(skill.skillUri(), skill.level(), skill.importance(), skill.weight());
		}

		RequiredSkill toSkill() {
			return new RequiredSkill(uri, level, importance == null ? Importance.MUST : importance,
					weight == null ? 1.0 : weight);
		}

	}

}
