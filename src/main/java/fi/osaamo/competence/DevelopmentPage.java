package fi.osaamo.competence;

import java.util.List;

/**
 * The mapping's development tab: the development plan, the job tasks aimed at, studies
 * for the targets and the development dialogues.
 *
 * @param hasMapping whether the person has a mapping (the tab offers to start one if not)
 * @param plan the studies in the plan
 * @param jobTargets the job tasks in the plan
 * @param interests the job tasks the person is interested in
 * @param studiesForTargets studies teaching the skills of the development targets, not
 * yet in the plan
 * @param dialogues the person's development dialogues
 */
public record DevelopmentPage(boolean hasMapping, List<PlanItem> plan, List<PlanJob> jobTargets,
		List<fi.osaamo.jobs.JobTask> interests, List<fi.osaamo.studies.Study> studiesForTargets,
		List<Dialogue> dialogues) {

	public PlanStatus[] planStatuses() {
		return PlanStatus.values();
	}

}
