package fi.osaamo.competence;

import java.util.List;

import fi.osaamo.identity.PersonId;

/**
 * A person's current skills and levels only, as the matching engine reads them: no
 * summary, history, education or anything else.
 *
 * @param person the person
 * @param version the mapping's version
 * @param skills the skill URIs
 * @param levels their levels, in the same order
 */
public record SkillLevels(PersonId person, int version, List<String> skills, List<Integer> levels) {
}
