package fi.osaamo.taxonomy;

import java.util.Set;

/**
 * The kinds of taxonomy concept, named in the API as ESCO names them.
 */
public enum ConceptKind {

	SKILL("skill/competence"), KNOWLEDGE("knowledge"), SKILL_GROUP("skillGroup"), OCCUPATION("occupation");

	static final Set<ConceptKind> SKILLS = Set.of(SKILL, KNOWLEDGE, SKILL_GROUP);

	private final String escoName;

	ConceptKind(String escoName) {
		this.escoName = escoName;
	}

	public String escoName() {
		return escoName;
	}

	public boolean isOccupation() {
		return this == OCCUPATION;
	}

}
