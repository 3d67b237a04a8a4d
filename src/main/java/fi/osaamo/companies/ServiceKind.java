package fi.osaamo.companies;

/** The kinds of the region's services (the growth deals of the spec). */
public enum ServiceKind {

	RECRUITMENT, TRAINING, COACHING, TECHNOLOGY, APPRENTICESHIP, OTHER

}
