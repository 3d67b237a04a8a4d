package fi.osaamo.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * Tells the web shell which organisation's branding a signed-in user sees.
 */
public interface BrandingSource {

	Optional<Branding> brandingFor(Authentication authentication);

}
