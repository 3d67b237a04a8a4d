package fi.osaamo.organisation;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves each organisation's colours as a stylesheet of CSS custom properties (so the
 * pages need no inline styles) and its logo. The page links the logo with its
 * organisation's version, so a changed logo is fetched anew at once.
 */
@Controller
class BrandingController {

	private final OrganisationManagement organisations;

	private final Logos logos;

	BrandingController(OrganisationManagement organisations, Logos logos) {
		this.organisations = organisations;
		this.logos = logos;
	}

	@GetMapping(value = "/branding/{id}/style.css", produces = "text/css")
	ResponseEntity<String> stylesheet(@PathVariable OrganisationId id) {
		var colour = organisations.find(id).map(Organisation::primaryColour).orElse(null);
		var css = colour == null ? "" : ":root { --brand: " + colour + "; --brand-strong: " + colour + "; }\n";
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("text/css"))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
			.body(css);
	}

	@GetMapping("/branding/{id}/logo")
	ResponseEntity<byte[]> logo(@PathVariable OrganisationId id) {
		// Only a PNG or JPEG ever gets here (LogoImage), and the browser is told not to
		// guess otherwise.
		return logos.find(id)
			.map(logo -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(logo.contentType()))
				.header("X-Content-Type-Options", "nosniff")
				.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
				.body(logo.bytes()))
			.orElse(ResponseEntity.notFound().build());
	}

}
