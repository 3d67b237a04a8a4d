package fi.osaamo.account;

import java.util.Collection;

import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.ShellUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A person signed in with a local account.
 */
final class LocalUser extends User implements PersonPrincipal, ShellUser {

	private final PersonId personId;

	private final String pseudonym;

	private final String shownAs;

	LocalUser(PersonId personId, String pseudonym, String shownAs, String username, String passwordHash,
			boolean enabled, boolean unlocked, Collection<? extends GrantedAuthority> authorities) {
		super(username, passwordHash, enabled, true, true, unlocked, authorities);
		this.personId = personId;
		this.pseudonym = pseudonym;
		this.shownAs = shownAs;
	}

	/**
	 * The same user with other authorities (the password hash is not kept after sign-in).
	 */
	LocalUser withAuthorities(Collection<? extends GrantedAuthority> authorities) {
		return new LocalUser(personId, pseudonym, shownAs, getUsername(), "", isEnabled(), isAccountNonLocked(),
				authorities);
	}

	@Override
	public PersonId personId() {
		return personId;
	}

	@Override
	public String pseudonym() {
		return pseudonym;
	}

	@Override
	public String displayName() {
		return shownAs;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof LocalUser user && user.personId.equals(personId);
	}

	@Override
	public int hashCode() {
		return personId.hashCode();
	}

}
