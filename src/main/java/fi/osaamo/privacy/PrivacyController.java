package fi.osaamo.privacy;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

@Controller
class PrivacyController {

	private final PrivacyManagement privacy;

	PrivacyController(PrivacyManagement privacy) {
		this.privacy = privacy;
	}

	@GetMapping("/privacy")
	String notice(@AuthenticationPrincipal @Nullable PersonPrincipal user,
			jakarta.servlet.http.HttpServletRequest request, Model model) {
		var notice = current(request);
		var acceptedAt = user == null ? null : privacy.acceptedAt(user.personId(), notice.version()).orElse(null);
		model.addAttribute("page", new PrivacyPage(notice, false, "/", acceptedAt));
		return "privacy/notice";
	}

	@GetMapping("/privacy/accept")
	String acceptForm(@RequestParam(name = "continue", defaultValue = "/") String continueTo,
			jakarta.servlet.http.HttpServletRequest request, Model model) {
		model.addAttribute("page", new PrivacyPage(current(request), true, safe(continueTo), null));
		return "privacy/notice";
	}

	@PostMapping("/privacy/accept")
	String accept(@AuthenticationPrincipal PersonPrincipal user, @RequestParam int version,
			@RequestParam(name = "continue", defaultValue = "/") String continueTo) {
		if (version != privacy.currentVersion()) {
			// A newer notice was published while the user read the old one: show it.
			return "redirect:/privacy/accept?continue="
					+ java.net.URLEncoder.encode(safe(continueTo), java.nio.charset.StandardCharsets.UTF_8);
		}
		privacy.accept(user.personId(), version);
		return "redirect:" + safe(continueTo);
	}

	private PrivacyNotice current(jakarta.servlet.http.HttpServletRequest request) {
		return privacy.current(Language.of(RequestContextUtils.getLocale(request)))
			.orElseThrow(() -> new NotFoundException("privacy notice"));
	}

	/**
	 * Only paths of this site, so the parameter cannot send the user elsewhere.
	 */
	private static String safe(String target) {
		return target.startsWith("/") && !target.startsWith("//") && !target.contains("\\") ? target : "/";
	}

}
