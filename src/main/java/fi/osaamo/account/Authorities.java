package fi.osaamo.account;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fi.osaamo.organisation.Membership;
import fi.osaamo.organisation.OrganisationType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The coarse authorities of a signed-in user: {@code ROLE_USER}, one {@code ROLE_<role>}
 * for each role held anywhere, and {@code ROLE_PLATFORM_ADMIN}. Which organisation a role
 * holds in is checked by each module on its own data.
 */
final class Authorities {

	/** Whoever belongs to a company, in any role: they see its job tasks. */
	static final String COMPANY_MEMBER = "ROLE_COMPANY_MEMBER";

	private Authorities() {
	}

	static Set<GrantedAuthority> of(List<Membership> memberships) {
		var authorities = new LinkedHashSet<GrantedAuthority>();
		authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
		for (var membership : memberships) {
			add(authorities, membership);
		}
		return authorities;
	}

	private static void add(Set<GrantedAuthority> authorities, Membership membership) {
		authorities.add(new SimpleGrantedAuthority("ROLE_" + membership.role().name()));
		if (membership.organisationType() == OrganisationType.COMPANY) {
			authorities.add(new SimpleGrantedAuthority(COMPANY_MEMBER));
		}
		if (membership.isPlatformAdmin()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_PLATFORM_ADMIN"));
		}
	}

}
