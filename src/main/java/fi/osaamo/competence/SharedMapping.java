package fi.osaamo.competence;

import java.util.List;
import java.util.Set;

import fi.osaamo.identity.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * What an HR specialist sees of a person's mapping: only the sections shared and still in
 * force; the rest is empty.
 *
 * @param person who
 * @param pseudonym their pseudonym
 * @param name their name, if they share it
 * @param email their e-mail, if they share it
 * @param phone their phone, if they share it
 * @param sections the sections shared
 * @param skills the skills, if shared (without the strength flag unless strengths are
 * shared)
 * @param strengths the strengths, if shared
 * @param targets the development targets, if shared
 * @param education education, if shared
 * @param work work history, if shared
 * @param plan the studies of the development plan, if shared
 * @param jobTargets the job tasks of the development plan, if shared and of the viewer's
 * company
 */
public record SharedMapping(PersonId person, String pseudonym, @Nullable String name, @Nullable String email,
		@Nullable String phone, Set<Section> sections, List<SkillClaim> skills, List<SkillClaim> strengths,
		List<Target> targets, List<Education> education, List<WorkExperience> work, List<PlanItem> plan,
		List<PlanJob> jobTargets) {
}
