package fi.osaamo.competence;

import java.util.List;

import fi.osaamo.identity.PersonId;

/**
 * A talent found by a city's growth team: pseudonymous, with the searched skills they
 * have.
 *
 * @param person who (shown only as the pseudonym)
 * @param pseudonym their pseudonym
 * @param skills the searched skills they have (or their best ones when browsing), with
 * their levels, best first
 * @param profile what they told the team about their situation and the work they look for
 */
public record TalentMatch(PersonId person, String pseudonym, List<SkillLevel> skills, TalentProfile profile) {

	/**
	 * A skill and its level.
	 *
	 * @param uri the ESCO skill
	 * @param level 1–5
	 */
	public record SkillLevel(String uri, int level) {
	}

}
