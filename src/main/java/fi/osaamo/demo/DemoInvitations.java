package fi.osaamo.demo;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.organisation.Invitations;
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
		var id = company.get(0).id();
		if (organisations.hasRole(employee.get().id(), id) || invitations.toPerson(employee.get().id())
			.stream()
			.anyMatch(open -> open.organisationId().equals(id))) {
			return;
		}
		invitations.invite(id, "demo-employee", Role.EMPLOYEE, admin.get().id());
	}

}
