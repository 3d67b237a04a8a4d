package fi.osaamo.competence.mydata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fi.osaamo.competence.Dialogue;
import fi.osaamo.competence.Education;
import fi.osaamo.competence.PlanItem;
import fi.osaamo.competence.PlanJob;
import fi.osaamo.competence.Provenance;
import fi.osaamo.competence.WorkExperience;
import org.jspecify.annotations.Nullable;

/**
 * A person's competence mapping and development as they read it on the My data page:
 * skills by their labels in the reader's language, without ids and versions.
 *
 * @param mapped whether they have a mapping
 * @param summary its summary
 * @param updatedAt when it last changed
 * @param skills the skills claimed
 * @param targets the skills to learn
 * @param education education
 * @param work work history
 * @param history the dated levels, newest first
 * @param plan the studies in the development plan
 * @param planJobs the job tasks the plan aims at
 * @param dialogues the development dialogues
 */
public record MyCompetence(boolean mapped, @Nullable String summary, @Nullable Instant updatedAt, List<Skill> skills,
		List<Skill> targets, List<Education> education, List<WorkExperience> work, List<LevelChange> history,
		List<PlanItem> plan, List<PlanJob> planJobs, List<Dialogue> dialogues) {

	/**
	 * A skill by its label, with what is known of it.
	 *
	 * @param label its label, or none if the taxonomy no longer has it
	 * @param level the level 1–5
	 * @param provenance where it comes from, if told
	 * @param reference what backs it, if anything
	 * @param date when it was shown or asserted, if known
	 * @param strength whether it is a strength
	 */
	public record Skill(@Nullable String label, int level, @Nullable Provenance provenance, @Nullable String reference,
			@Nullable LocalDate date, boolean strength) {
	}

	/**
	 * A level of a skill as it was asserted.
	 *
	 * @param label the skill's label, or none if the taxonomy no longer has it
	 * @param level the level 1–5
	 * @param provenance where it came from
	 * @param at when
	 */
	public record LevelChange(@Nullable String label, int level, Provenance provenance, Instant at) {
	}

}
