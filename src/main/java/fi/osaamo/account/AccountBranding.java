package fi.osaamo.account;

import java.util.Optional;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.Branding;
import fi.osaamo.platform.BrandingSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A signed-in user sees the branding of their first company, city or school that has one.
 * The logo's address carries the organisation's version, so a new logo is not hidden by
 * the old one in the browser's cache.
 */
@Component
class AccountBranding implements BrandingSource {

	private final OrganisationManagement organisations;

	AccountBranding(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	@Override
	public Optional<Branding> brandingFor(Authentication authentication) {
		if (!(authentication.getPrincipal() instanceof PersonPrincipal person)) {
			return Optional.empty();
		}
		return organisations.brandedOrganisationOf(person.personId())
			.map(organisation -> new Branding(organisation.name(),
					organisation.primaryColour() == null ? null : "/branding/" + organisation.id() + "/style.css",
					organisation.hasLogo() ? "/branding/" + organisation.id() + "/logo?v=" + organisation.version()
							: null));
	}

}
