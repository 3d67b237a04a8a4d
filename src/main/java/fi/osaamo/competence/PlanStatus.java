package fi.osaamo.competence;

/**
 * Where a study in a development plan stands.
 */
public enum PlanStatus {

	PLANNED, IN_PROGRESS, COMPLETED

}
