package fi.osaamo.coach.apprenticeships;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The staff a row names by e-mail, each a member of its organisation in its role; a
 * problem goes beside the field that named them.
 */
final class StaffChecks {

	private final StaffByEmail.Lookup staff;

	private final FormProblems problems;

	StaffChecks(StaffByEmail.Lookup staff, FormProblems problems) {
		this.staff = staff;
		this.problems = problems;
	}

	@Nullable PersonId required(String field, String email, OrganisationId organisation, Role role) {
		return this.problems.read(() -> find(field, ApprenticeshipChecks.required(field, email), organisation, role));
	}

	@Nullable PersonId optional(String field, String email, OrganisationId organisation, Role role) {
		return email.isBlank() ? null : required(field, email, organisation, role);
	}

	private PersonId find(String field, String email, OrganisationId organisation, Role role) {
		return this.staff.find(organisation, role, email)
			.orElseThrow(() -> new InvalidInputException(field, "coach.import.staffUnknown." + role.name(), email));
	}

}
