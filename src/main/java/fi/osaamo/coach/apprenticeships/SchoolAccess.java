package fi.osaamo.coach.apprenticeships;

import java.util.List;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.Membership;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who works for a school: its staff see and import its apprenticeships; to anyone else
 * the school's pages do not exist.
 */
@Component
public class SchoolAccess {

	private final OrganisationManagement organisations;

	SchoolAccess(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	/**
	 * The schools where a person is staff.
	 * @param person the person
	 * @return their memberships as school staff
	 */
	public List<Membership> schoolsOf(PersonId person) {
		return this.organisations.membershipsOf(person)
			.stream()
			.filter(m -> m.organisationType() == OrganisationType.SCHOOL && m.role() == Role.SCHOOL_STAFF)
			.toList();
	}

	/**
	 * Checks that a person is staff of a school.
	 * @param person the person
	 * @param school the school
	 * @return the school's name
	 * @throws NotFoundException if they are not
	 */
	public String require(PersonId person, OrganisationId school) {
		return schoolsOf(person).stream()
			.filter(m -> m.organisationId().equals(school))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("school " + school))
			.organisationName();
	}

}
