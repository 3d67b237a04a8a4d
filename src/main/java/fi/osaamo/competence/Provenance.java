package fi.osaamo.competence;

/**
 * Where a skill comes from.
 */
public enum Provenance {

	WORK, EDUCATION, CREDENTIAL, OTHER

}
