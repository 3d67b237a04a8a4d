package fi.osaamo.account;

import java.util.HashSet;

import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.AuthenticationRefresh;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Reads a signed-in person's roles afresh on every request (one query), so that a role
 * taken away stops working on the next request of each of the person's sessions and a
 * role given starts working without signing in again.
 */
@Component
class CurrentAuthorities implements AuthenticationRefresh {

	private final OrganisationManagement organisations;

	CurrentAuthorities(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	@Override
	public @Nullable Authentication refresh(Authentication current) {
		if (current instanceof UsernamePasswordAuthenticationToken token
				&& token.getPrincipal() instanceof LocalUser user) {
			return refreshed(token, user);
		}
		if (current instanceof OAuth2AuthenticationToken token && token.getPrincipal() instanceof OidcPersonUser user) {
			return refreshed(token, user);
		}
		return current;
	}

	private Authentication refreshed(UsernamePasswordAuthenticationToken token, LocalUser user) {
		var now = Authorities.of(organisations.membershipsOf(user.personId()));
		if (now.equals(new HashSet<>(token.getAuthorities()))) {
			return token;
		}
		var refreshed = UsernamePasswordAuthenticationToken.authenticated(user.withAuthorities(now), null, now);
		refreshed.setDetails(token.getDetails());
		return refreshed;
	}

	private Authentication refreshed(OAuth2AuthenticationToken token, OidcPersonUser user) {
		var now = Authorities.of(organisations.membershipsOf(user.personId()));
		if (now.equals(new HashSet<>(token.getAuthorities()))) {
			return token;
		}
		var refreshed = new OAuth2AuthenticationToken(user.withAuthorities(now), now,
				token.getAuthorizedClientRegistrationId());
		refreshed.setDetails(token.getDetails());
		return refreshed;
	}

}
