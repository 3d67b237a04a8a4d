package fi.osaamo.opendata.web;

import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.opendata.publish.ApiKeys;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Issuing and revoking API keys of the open API.
 */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class KeysController {

	static final String DEFAULT_LIMIT = "1200";

	private final ApiKeys keys;

	private final fi.osaamo.platform.RateLimits limits;

	KeysController(ApiKeys keys, fi.osaamo.platform.RateLimits limits) {
		this.keys = keys;
		this.limits = limits;
	}

	@GetMapping("/opendata/keys")
	String list(@RequestParam(required = false) @Nullable UUID revoked, Model model) {
		var page = page(null, "", DEFAULT_LIMIT, null);
		var name = page.keys()
			.stream()
			.filter(key -> key.id().equals(revoked) && key.revokedAt() != null)
			.map(ApiKeys.Key::name)
			.findFirst()
			.orElse(null);
		model.addAttribute("page", page.withRevoked(name));
		return "opendata/keys";
	}

	@PostMapping("/opendata/keys")
	String issue(@AuthenticationPrincipal PersonPrincipal user, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String perMinute, Model model) {
		try {
			int limit;
			try {
				limit = Integer.parseInt(perMinute.strip());
			}
			catch (NumberFormatException ex) {
				throw new InvalidInputException("perMinute", "validation.range", 1, 100_000);
			}
			var key = keys.issue(name, limit, user.personId());
			model.addAttribute("page", page(key, "", DEFAULT_LIMIT, null));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", page(null, name, perMinute, ex));
		}
		return "opendata/keys";
	}

	@PostMapping("/opendata/keys/{id}/revoke")
	String revoke(@PathVariable UUID id) {
		return keys.revoke(id) ? "redirect:/opendata/keys?revoked=" + id : "redirect:/opendata/keys";
	}

	private KeysPage page(@Nullable String issued, String name, String perMinute,
			@Nullable InvalidInputException error) {
		return new KeysPage(keys.list(), issued, null, name, perMinute, error == null ? null : error.messageKey(),
				error == null ? new Object[0] : error.arguments(), limits.anonymousPerMinute());
	}

}
