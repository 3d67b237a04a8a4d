package fi.osaamo.coach.matrix;

/**
 * Who handles a need for help, in the order a case escalates when nobody acknowledges it.
 */
public enum HandlerRole {

	INSTRUCTOR, SUPERVISOR, TEACHER, COUNSELLOR

}
