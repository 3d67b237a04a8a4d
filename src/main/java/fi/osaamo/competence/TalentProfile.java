package fi.osaamo.competence;

import org.jspecify.annotations.Nullable;

/**
 * What a talent tells a city's growth team about themselves when opting in, so that the
 * team can browse talents without a keyword. Each part is optional and none identifies
 * the person.
 *
 * @param situation their situation, or {@code null} if not told
 * @param municipality the municipality (Statistics Finland code) where they look for
 * work, or {@code null}
 * @param occupationUri the kind of work they look for (an ESCO occupation), or
 * {@code null}
 */
public record TalentProfile(@Nullable Situation situation, @Nullable String municipality,
		@Nullable String occupationUri) {

	/** Nothing told. */
	public static final TalentProfile UNTOLD = new TalentProfile(null, null, null);

	/** A talent's situation on the labour market. */
	public enum Situation {

		/** Without work and looking for it. */
		JOB_SEEKER,
		/** Working, and open to new opportunities. */
		OPEN_TO_OFFERS,
		/** Studying, and looking for work or a placement. */
		STUDENT

	}

}
