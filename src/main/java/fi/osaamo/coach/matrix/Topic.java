package fi.osaamo.coach.matrix;

/** What an apprentice's need for help is about. */
public enum Topic {

	TASKS, INSTRUCTION, ATMOSPHERE, STUDIES, SAFETY, OTHER

}
