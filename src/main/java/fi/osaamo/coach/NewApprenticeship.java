package fi.osaamo.coach;

/**
 * An apprenticeship as a school's student system gives it, every value as written there
 * (blank for a missing one); checked when it is imported.
 *
 * @param externalId the student system's id of the apprenticeship
 * @param givenName the apprentice's given name
 * @param familyName the apprentice's family name
 * @param mobile the apprentice's mobile number, e.g. {@code 040 123 4567}
 * @param language fi, sv or en: the language of the apprentice's messages (fi if blank)
 * @param businessId the workplace company's business ID
 * @param qualification the qualification or study module
 * @param cohort the student group, e.g. {@code MET24A} (optional)
 * @param startsOn the first day of the on-the-job period, {@code 2026-08-15} or
 * {@code 15.8.2026}
 * @param endsOn its last day
 * @param instructorEmail the e-mail address of the workplace instructor's account
 * @param supervisorEmail the supervisor's (optional)
 * @param teacherEmail the school's teacher's (optional: the importer if blank)
 */
public record NewApprenticeship(String externalId, String givenName, String familyName, String mobile, String language,
		String businessId, String qualification, String cohort, String startsOn, String endsOn, String instructorEmail,
		String supervisorEmail, String teacherEmail) {

	/** The columns of the import file, in this order. */
	public static final java.util.List<String> COLUMNS = java.util.List.of("student_id", "given_name", "family_name",
			"mobile", "language", "business_id", "qualification", "cohort", "start", "end", "instructor_email",
			"supervisor_email", "teacher_email");

}
