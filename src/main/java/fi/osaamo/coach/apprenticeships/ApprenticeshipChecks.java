package fi.osaamo.coach.apprenticeships;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import fi.osaamo.coach.NewApprenticeship;
import fi.osaamo.identity.PersonId;
import fi.osaamo.messaging.MobileNumbers;
import fi.osaamo.organisation.BusinessId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks an apprenticeship row field by field, every problem beside its field: the
 * apprentice's name and mobile number, the workplace (a company on the platform), the
 * dates (the end not before the start) and the staff named by e-mail, each a member of
 * the right organisation in the right role.
 */
@Component
class ApprenticeshipChecks {

	private static final Pattern EXTERNAL_ID = Pattern.compile("[\\p{Alnum}._:/-]{1,64}");

	private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

	private final OrganisationManagement organisations;

	ApprenticeshipChecks(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	/**
	 * Checks a row.
	 * @param row the row as written
	 * @param school the importing school
	 * @param importer who imports: the teacher when the row names none
	 * @param staff the lookup of this import
	 * @return the checked row
	 * @throws InvalidInputException with every problem found
	 */
	CheckedApprenticeship check(NewApprenticeship row, OrganisationId school, PersonId importer,
			StaffByEmail.Lookup staff) {
		var problems = new FormProblems();
		var apprentice = apprentice(row, problems);
		var placement = placement(row, problems);
		var people = new StaffChecks(staff, problems);
		var company = placement.company();
		var instructor = company == null ? null
				: people.required("instructorEmail", row.instructorEmail(), company, Role.WORKPLACE_INSTRUCTOR);
		var supervisor = company == null ? null
				: people.optional("supervisorEmail", row.supervisorEmail(), company, Role.COMPANY_REP);
		var teacher = row.teacherEmail().isBlank() ? importer
				: people.optional("teacherEmail", row.teacherEmail(), school, Role.SCHOOL_STAFF);
		problems.throwIfAny();
		return CheckedApprenticeship.of(apprentice, placement, Objects.requireNonNull(instructor), supervisor,
				Objects.requireNonNull(teacher));
	}

	private static CheckedApprenticeship.Apprentice apprentice(NewApprenticeship row, FormProblems problems) {
		return new CheckedApprenticeship.Apprentice(
				problems.read(() -> matching("externalId", row.externalId(), EXTERNAL_ID)),
				problems.read(() -> text("givenName", row.givenName(), 100)),
				problems.read(() -> text("familyName", row.familyName(), 100)),
				problems.read(() -> MobileNumbers.check("mobile", row.mobile())),
				problems.read(() -> language(row.language())));
	}

	private CheckedApprenticeship.Placement placement(NewApprenticeship row, FormProblems problems) {
		var starts = problems.read(() -> date("startsOn", row.startsOn()));
		var ends = problems.read(() -> date("endsOn", row.endsOn()));
		if (starts != null && ends != null && ends.isBefore(starts)) {
			problems.add(new InvalidInputException("endsOn", "coach.import.endBeforeStart"));
		}
		return new CheckedApprenticeship.Placement(problems.read(() -> company(row.businessId())),
				canonical(row.businessId()), problems.read(() -> text("qualification", row.qualification(), 200)),
				problems.read(() -> optional("cohort", row.cohort(), 40)), starts, ends);
	}

	private OrganisationId company(String typed) {
		var businessId = BusinessId.parse(required("businessId", typed));
		return this.organisations.findByBusinessId(businessId)
			.filter(organisation -> organisation.type() == OrganisationType.COMPANY)
			.orElseThrow(() -> new InvalidInputException("businessId", "coach.import.companyUnknown", businessId))
			.id();
	}

	private static @Nullable String canonical(String businessId) {
		try {
			return BusinessId.parse(businessId).value();
		}
		catch (InvalidInputException ex) {
			return null;
		}
	}

	private static String language(String typed) {
		var code = typed.isBlank() ? "fi" : typed.strip().toLowerCase(Locale.ROOT);
		if (!code.equals("fi") && !code.equals("sv") && !code.equals("en")) {
			throw new InvalidInputException("language", "coach.import.language");
		}
		return code;
	}

	private static LocalDate date(String field, String typed) {
		var text = required(field, typed);
		try {
			return text.contains(".") ? LocalDate.parse(text, FINNISH_DATE) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "coach.import.date");
		}
	}

	private static String matching(String field, String typed, Pattern pattern) {
		var text = required(field, typed);
		if (!pattern.matcher(text).matches()) {
			throw new InvalidInputException(field, "coach.import.externalIdFormat");
		}
		return text;
	}

	private static String text(String field, String typed, int most) {
		var text = required(field, typed);
		if (text.length() > most) {
			throw new InvalidInputException(field, "validation.tooLong", most);
		}
		return text;
	}

	private static @Nullable String optional(String field, String typed, int most) {
		return typed.isBlank() ? null : text(field, typed, most);
	}

	static String required(String field, String typed) {
		var text = typed.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException(field, "validation.required");
		}
		return text;
	}

}
