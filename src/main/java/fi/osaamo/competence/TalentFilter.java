package fi.osaamo.competence;

import org.jspecify.annotations.Nullable;

/**
 * Narrows a growth team's talents by what they told the team when opting in.
 *
 * @param situation only talents in this situation, or {@code null} for any
 * @param municipality only talents looking for work in this municipality (Statistics
 * Finland code), or {@code null} for any
 * @param occupationUri only talents looking for this kind of work (an ESCO occupation),
 * or {@code null} for any
 */
public record TalentFilter(TalentProfile.@Nullable Situation situation, @Nullable String municipality,
		@Nullable String occupationUri) {

	/** Any talent. */
	public static final TalentFilter ANY = new TalentFilter(null, null, null);

	/**
	 * Whether this filter narrows anything.
	 * @return true if some part is set
	 */
	public boolean narrows() {
		return situation != null || municipality != null || occupationUri != null;
	}

}
