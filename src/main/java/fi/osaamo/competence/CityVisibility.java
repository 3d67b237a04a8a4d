package fi.osaamo.competence;

import java.time.LocalDate;
import java.util.Set;

import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A person's opt-in to being found by a city's growth team.
 *
 * @param city the city organisation
 * @param sections what the team may see, pseudonymously
 * @param expiresOn until when (inclusive), or until withdrawn
 * @param profile what they told the team about their situation and the work they look for
 */
public record CityVisibility(OrganisationId city, Set<Section> sections, @Nullable LocalDate expiresOn,
		TalentProfile profile) {

	/** The sections a person may open to a city: never their identity. */
	public static final Set<Section> OFFERED = Set.of(Section.SKILLS, Section.STRENGTHS, Section.TARGETS,
			Section.EDUCATION, Section.WORK_HISTORY);

}
