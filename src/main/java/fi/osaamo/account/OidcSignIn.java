package fi.osaamo.account;

import fi.osaamo.identity.ExternalIdentity;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.organisation.OrganisationManagement;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * Turns an OpenID Connect sign-in into a person: the first sign-in creates the person (or
 * links one already known by national identity number), later ones find it again.
 */
@Service
class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService delegate = new OidcUserService();

	private final IdentityManagement identities;

	private final OrganisationManagement organisations;

	private final AccountProperties properties;

	private final fi.osaamo.identity.WorkNames workNames;

	OidcSignIn(IdentityManagement identities, OrganisationManagement organisations, AccountProperties properties,
			fi.osaamo.identity.WorkNames workNames) {
		this.workNames = workNames;
		this.identities = identities;
		this.organisations = organisations;
		this.properties = properties;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		var user = delegate.loadUser(request);
		var issuer = String.valueOf(user.getIssuer());
		var person = identities.resolve(new ExternalIdentity(issuer, user.getSubject(), user.getGivenName(),
				user.getFamilyName(), user.getEmail(), user.getClaimAsString(properties.nationalIdClaim())));
		return new OidcPersonUser(person.id(), person.pseudonym(), workNames.of(person.id()).orElse(person.pseudonym()),
				Authorities.of(organisations.membershipsOf(person.id())), user.getIdToken(), user.getUserInfo());
	}

}
