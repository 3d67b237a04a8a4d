package fi.osaamo.coach.apprenticeships;

import fi.osaamo.coach.NewApprenticeship;
import org.jspecify.annotations.Nullable;

/**
 * An apprenticeship in the JSON API, as the school's student system sends it: the values
 * of the import file's columns, each checked as a file's would be.
 *
 * @param givenName the apprentice's given name
 * @param familyName the apprentice's family name
 * @param mobile the apprentice's mobile number
 * @param language fi, sv or en (fi if left out)
 * @param businessId the workplace company's business ID
 * @param qualification the qualification or study module
 * @param cohort the student group (optional)
 * @param startsOn the first day of the on-the-job period, e.g. 2027-01-11
 * @param endsOn its last day
 * @param instructorEmail the workplace instructor's e-mail address
 * @param supervisorEmail the supervisor's (optional)
 * @param teacherEmail the teacher's (optional: the caller if left out)
 */
public record ApprenticeshipJson(@Nullable String givenName, @Nullable String familyName, @Nullable String mobile,
		@Nullable String language, @Nullable String businessId, @Nullable String qualification, @Nullable String cohort,
		@Nullable String startsOn, @Nullable String endsOn, @Nullable String instructorEmail,
		@Nullable String supervisorEmail, @Nullable String teacherEmail) {

	NewApprenticeship toRow(String externalId) {
		return new NewApprenticeship(externalId, text(this.givenName), text(this.familyName), text(this.mobile),
				text(this.language), text(this.businessId), text(this.qualification), text(this.cohort),
				text(this.startsOn), text(this.endsOn), text(this.instructorEmail), text(this.supervisorEmail),
				text(this.teacherEmail));
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
