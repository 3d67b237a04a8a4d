package fi.osaamo.competence;

/** A change to a mapping that does not exist. */
final class NoMappingYet extends RuntimeException {

	NoMappingYet() {
		super("No competence mapping");
	}

}
