package fi.osaamo.organisation;

import fi.osaamo.identity.PersonPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The tenant check of the organisation pages and API: a person sees an organisation only
 * as its member or as a platform administrator.
 */
@Component
class OrganisationAccess {

	private final OrganisationManagement organisations;

	OrganisationAccess(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	void requireMember(PersonPrincipal user, OrganisationId organisation) {
		if (!organisations.hasRole(user.personId(), organisation) && !organisations.isPlatformAdmin(user.personId())) {
			throw new AccessDeniedException("Not a member of " + organisation);
		}
	}

	boolean mayManage(PersonPrincipal user, OrganisationId organisation) {
		return organisations.hasRole(user.personId(), organisation, Role.ADMIN)
				|| organisations.isPlatformAdmin(user.personId());
	}

	boolean maySeeMembers(PersonPrincipal user, OrganisationId organisation) {
		return organisations.hasRole(user.personId(), organisation, Role.ADMIN, Role.HR)
				|| organisations.isPlatformAdmin(user.personId());
	}

	void requireManager(PersonPrincipal user, OrganisationId organisation) {
		if (!mayManage(user, organisation)) {
			throw new AccessDeniedException("May not manage " + organisation);
		}
	}

	void requirePlatformAdmin(PersonPrincipal user) {
		if (!organisations.isPlatformAdmin(user.personId())) {
			throw new AccessDeniedException("Not a platform administrator");
		}
	}

}
