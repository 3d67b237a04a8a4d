package fi.osaamo.account;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in log: every password sign-in attempt with its address and outcome, for
 * platform administrators who look into guessing or a user's trouble signing in.
 */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class SignInLogController {

	static final int PAGE_SIZE = 50;

	private final SignInLog attempts;

	private final AccountProperties properties;

	SignInLogController(SignInLog attempts, AccountProperties properties) {
		this.attempts = attempts;
		this.properties = properties;
	}

	@GetMapping("/account/sign-ins")
	String log(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		var query = q.strip().length() > 64 ? q.strip().substring(0, 64) : q.strip();
		var chosen = Math.max(0, page);
		var found = attempts.list(query, chosen, PAGE_SIZE);
		model.addAttribute("page", new SignInLogPage(query, found.items(), found.total(), chosen,
				(int) Math.ceil(found.total() / (double) PAGE_SIZE), properties.signInLogRetention().toDays()));
		return "account/signIns";
	}

}
