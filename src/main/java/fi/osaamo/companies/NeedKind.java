package fi.osaamo.companies;

/** What a company needs. */
public enum NeedKind {

	COMPETENCE, WORKFORCE, DEVELOPMENT, TECHNOLOGY

}
