package fi.osaamo.competence;

import java.time.Instant;
import java.util.List;

import fi.osaamo.identity.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A person's competence mapping.
 *
 * @param person whose
 * @param summary a free-text summary
 * @param skills the skills claimed
 * @param targets the skills to learn
 * @param education education
 * @param work work history
 * @param version the version for optimistic locking
 * @param updatedAt when it last changed
 */
public record Mapping(PersonId person, @Nullable String summary, List<SkillClaim> skills, List<Target> targets,
		List<Education> education, List<WorkExperience> work, int version, Instant updatedAt) {

	public List<SkillClaim> strengths() {
		return skills.stream().filter(SkillClaim::strength).toList();
	}

}
