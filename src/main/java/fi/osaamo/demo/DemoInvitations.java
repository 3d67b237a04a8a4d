package fi.osaamo.demo;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.Invitations;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An invitation waiting for the demo employee: the operator invited them to a second
 * company (a part-time job), so that accepting or declining an invitation can be tried on
 * *Organisations*. Made again at a start when the employee has neither the role nor an
 * open invitation (invitations lapse after two weeks).
 */
@Component
@Order(11)
class DemoInvitations implements ApplicationRunner {

	private final DemoSeeder seeder;

	private final IdentityManagement identities;

	private final OrganisationManagement organisations;

	private final Invitations invitations;

	DemoInvitations(DemoSeeder seeder, IdentityManagement identities, OrganisationManagement organisations,
			Invitations invitations) {
		this.seeder = seeder;
		this.identities = identities;
		this.organisations = organisations;
		this.invitations = invitations;
	}

	@Override
	public void run(ApplicationArguments args) {
		var employee = identities.findByUsername("demo-employee");
		var admin = identities.findByUsername("demo-admin");
		var company = organisations.list(DemoRegion.COMPANIES.get(1)[0], OrganisationType.COMPANY, 0, 1).items();
		if (!seeder.enabled() || employee.isEmpty() || admin.isEmpty() || company.isEmpty()) {
			return;
		}
		if (joinedOrInvited(employee.get().id(), company.get(0).id())) {
			return;
		}
		invitations.invite(company.get(0).id(), "demo-employee", Role.EMPLOYEE, admin.get().id());
	}

	private boolean joinedOrInvited(PersonId employee, OrganisationId company) {
		return organisations.hasRole(employee, company)
				|| invitations.toPerson(employee).stream().anyMatch(open -> open.organisationId().equals(company));
	}

}
