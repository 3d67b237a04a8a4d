package fi.osaamo.coach.apprenticeships;

import java.time.LocalDate;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * An apprenticeship whose every value was checked and resolved.
 *
 * @param externalId the student system's id
 * @param givenName the apprentice's given name
 * @param familyName the apprentice's family name
 * @param mobile the apprentice's mobile number in E.164 form
 * @param language fi, sv or en
 * @param company the workplace company
 * @param businessId its business ID
 * @param qualification the qualification or study module
 * @param cohort the student group, if given
 * @param startsOn the first day of the on-the-job period
 * @param endsOn its last day
 * @param instructor the workplace instructor's account
 * @param supervisor the supervisor's account, if given
 * @param teacher the teacher's account
 */
record CheckedApprenticeship(String externalId, String givenName, String familyName, String mobile, String language,
		OrganisationId company, String businessId, String qualification, @Nullable String cohort, LocalDate startsOn,
		LocalDate endsOn, PersonId instructor, @Nullable PersonId supervisor, PersonId teacher) {

	/** The apprentice's part of a row, each value null where it had a problem. */
	record Apprentice(@Nullable String externalId, @Nullable String givenName, @Nullable String familyName,
			@Nullable String mobile, @Nullable String language) {
	}

	/** The workplace and period of a row, each value null where it had a problem. */
	record Placement(@Nullable OrganisationId company, @Nullable String businessId, @Nullable String qualification,
			@Nullable String cohort, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
	}

	/** A row whose parts had no problem. */
	static CheckedApprenticeship of(Apprentice apprentice, Placement placement, PersonId instructor,
			@Nullable PersonId supervisor, PersonId teacher) {
		return new CheckedApprenticeship(req(apprentice.externalId()), req(apprentice.givenName()),
				req(apprentice.familyName()), req(apprentice.mobile()), req(apprentice.language()),
				req(placement.company()), req(placement.businessId()), req(placement.qualification()),
				placement.cohort(), req(placement.startsOn()), req(placement.endsOn()), instructor, supervisor,
				teacher);
	}

	private static <T> T req(@Nullable T value) {
		return java.util.Objects.requireNonNull(value);
	}

}
