package fi.osaamo.competence;

/**
 * The parts of a mapping that can be shared separately.
 */
public enum Section {

	SKILLS, STRENGTHS, TARGETS, EDUCATION, WORK_HISTORY, IDENTITY, DEVELOPMENT_PLAN

}
