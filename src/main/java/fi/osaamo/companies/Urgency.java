package fi.osaamo.companies;

/** How soon a need must be met. */
public enum Urgency {

	LOW, MEDIUM, HIGH

}
