package fi.osaamo.competence;

import java.util.List;

import fi.osaamo.identity.PersonId;

/**
 * A talent found by a city's growth team: pseudonymous, with the searched skills they
 * have.
 *
 * @param person who (shown only as the pseudonym)
 * @param pseudonym their pseudonym
 * @param skills the searched skills they have, with their levels, best first
 */
public record TalentMatch(PersonId person, String pseudonym, List<SkillLevel> skills) {

	/**
	 * A skill and its level.
	 *
	 * @param uri the ESCO skill
	 * @param level 1–5
	 */
	public record SkillLevel(String uri, int level) {
	}

}
