package fi.osaamo.account;

import java.util.Collection;

import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.ShellUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A person signed in through OpenID Connect.
 */
final class OidcPersonUser extends DefaultOidcUser implements PersonPrincipal, ShellUser {

	private final PersonId personId;

	private final String pseudonym;

	private final String shownAs;

	OidcPersonUser(PersonId personId, String pseudonym, String shownAs,
			Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo) {
		super(authorities, idToken, userInfo);
		this.personId = personId;
		this.pseudonym = pseudonym;
		this.shownAs = shownAs;
	}

	/**
	 * The same user with other authorities.
	 */
	OidcPersonUser withAuthorities(Collection<? extends GrantedAuthority> authorities) {
		return new OidcPersonUser(personId, pseudonym, shownAs, authorities, getIdToken(), getUserInfo());
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
		return other instanceof OidcPersonUser user && user.personId.equals(personId);
	}

	@Override
	public int hashCode() {
		return personId.hashCode();
	}

}
