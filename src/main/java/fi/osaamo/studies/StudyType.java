package fi.osaamo.studies;

/**
 * The kinds of study.
 */
public enum StudyType {

	DEGREE, MODULE, APPRENTICESHIP, ONLINE

}
