package fi.osaamo.account;

import java.util.Optional;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.Membership;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.platform.Branding;
import fi.osaamo.platform.BrandingSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A signed-in user sees the branding of their first company, city or school that has one.
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
		return organisations.membershipsOf(person.personId())
			.stream()
			.filter(membership -> membership.organisationType() != OrganisationType.PLATFORM)
			.map(Membership::organisationId)
			.distinct()
			.map(organisations::require)
			.filter(organisation -> organisation.primaryColour() != null || organisation.hasLogo())
			.findFirst()
			.map(organisation -> new Branding(organisation.name(),
					organisation.primaryColour() == null ? null : "/branding/" + organisation.id() + "/style.css",
					organisation.hasLogo() ? "/branding/" + organisation.id() + "/logo" : null));
	}

}
