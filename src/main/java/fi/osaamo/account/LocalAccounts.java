package fi.osaamo.account;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.organisation.OrganisationManagement;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads local accounts for the sign-in form ({@link ThrottledSignIn} checks the
 * password).
 */
@Service
class LocalAccounts {

	private final IdentityManagement identities;

	private final OrganisationManagement organisations;

	private final fi.osaamo.identity.WorkNames workNames;

	LocalAccounts(IdentityManagement identities, OrganisationManagement organisations,
			fi.osaamo.identity.WorkNames workNames) {
		this.identities = identities;
		this.organisations = organisations;
		this.workNames = workNames;
	}

	UserDetails loadUserByUsername(String username) {
		var credentials = identities.localCredentials(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		var person = credentials.person();
		return new LocalUser(person.id(), person.pseudonym(), workNames.of(person.id()).orElse(person.pseudonym()),
				credentials.username(), credentials.passwordHash(), credentials.enabled(), true,
				Authorities.of(organisations.membershipsOf(person.id())));
	}

}
