package fi.osaamo.companies;

import java.time.LocalDate;

import fi.osaamo.identity.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * What to look for among the team's accounts; every criterion given must hold.
 *
 * @param manager only the companies this person manages
 * @param unmanaged only companies without an account manager
 * @param notContactedSince only companies with no contact logged on or after this day
 * (including those never contacted)
 * @param openNeeds only companies with needs not yet met or dropped
 * @param overdue only companies with a follow-up whose day has passed
 * @param size only companies the team put in this size class
 */
public record AccountCriteria(@Nullable PersonId manager, boolean unmanaged, @Nullable LocalDate notContactedSince,
		boolean openNeeds, boolean overdue, @Nullable SizeClass size) {

	/** No criteria: every company. */
	public static final AccountCriteria ANY = new AccountCriteria(null, false, null, false, false, null);

	/**
	 * Whether any criterion is given.
	 * @return whether one is
	 */
	public boolean any() {
		return !equals(ANY);
	}

}
