package fi.osaamo.account;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.organisation.OrganisationManagement;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads local accounts for the sign-in form. A user name that is locked after repeated
 * failures is reported as locked even when the password is right.
 */
@Service
class LocalAccounts implements UserDetailsService {

	private final IdentityManagement identities;

	private final OrganisationManagement organisations;

	private final LoginThrottle throttle;

	LocalAccounts(IdentityManagement identities, OrganisationManagement organisations, LoginThrottle throttle) {
		this.identities = identities;
		this.organisations = organisations;
		this.throttle = throttle;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		var credentials = identities.localCredentials(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		var person = credentials.person();
		return new LocalUser(person.id(), person.pseudonym(), credentials.username(), credentials.passwordHash(),
				credentials.enabled(), !throttle.isLocked(username),
				Authorities.of(organisations.membershipsOf(person.id())));
	}

}
